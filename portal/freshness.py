"""The content generation: one value in the shared cache that changes whenever something a visitor
may see changes, so that whatever is cached for visitors (whole pages, the request's site, school
settings and locales) is keyed by it and is fresh at once after any change.

What counts as a change: any row saved or deleted (pages published, unpublished, moved or
deleted, snippets, settings, places taken at an event, bookings), whether through a model's
save() or a queryset's update() in a request, a task or a command; except the rows no visitor
ever sees (sessions, the task queue, the outbox, logs, drafts). Bumping too often costs a few
rebuilt pages; bumping too rarely would show stale places left, so the rule is wide on purpose.
"""

import uuid
from contextvars import ContextVar

from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.db import connection, transaction

GENERATION_KEY = "content-generation"

#: Tables whose rows never show on a visitor's page: writing them keeps the cached pages.
QUIET_TABLES = (
    "django_session",
    "django_tasks",
    "notify_message",
    "wagtailcore_revision",
    "wagtailcore_modellogentry",
    "wagtailcore_pagelogentry",
    "wagtailcore_taskstate",
    "wagtailcore_workflowstate",
    "wagtailadmin_",
    "wagtailsearch_",
    "wagtailcore_referenceindex",
    "assets_customrendition",
    "wagtailimages_rendition",
    "modelsearch_",
    "accounts_user",
    "account_",
    "mfa_",
    "otp_",
)


_quiet_tables = QUIET_TABLES


def quiet(*tables):
    """Also keep the cached pages when these tables are written (an app's rows no visitor sees:
    a record of what was sent, for example). Called from an AppConfig.ready()."""
    global _quiet_tables
    _quiet_tables = tuple(dict.fromkeys((*_quiet_tables, *tables)))


#: The generation read by the current request, kept for the rest of it: one read of the shared
#: cache per request instead of one per lookup. A one-item list during a request, None outside.
_request_generation = ContextVar("passerelle_generation", default=None)


def _request_began(**kwargs):
    _request_generation.set([None])


def _request_ended(**kwargs):
    _request_generation.set(None)


request_started.connect(_request_began, dispatch_uid="passerelle-generation-began")
request_finished.connect(_request_ended, dispatch_uid="passerelle-generation-ended")


def generation():
    scope = _request_generation.get()
    if scope is not None and scope[0] is not None:
        return scope[0]
    value = cache.get(GENERATION_KEY)
    if value is None:
        value = uuid.uuid4().hex
        cache.add(GENERATION_KEY, value, None)
        value = cache.get(GENERATION_KEY, value)
    if scope is not None:
        scope[0] = value
    return value


def _new():
    cache.set(GENERATION_KEY, uuid.uuid4().hex, None)
    scope = _request_generation.get()
    if scope is not None:
        scope[0] = None


def bump():
    """A new generation now, and again once the transaction that changed something has committed:
    a page built in between from the rows as they were is left under a generation no longer
    read."""
    _new()
    transaction.on_commit(_new)


def _quiet(model):
    table = model._meta.db_table
    return table.startswith(_quiet_tables)


def changed(sender, **kwargs):
    """Receiver of post_save, post_delete, m2m_changed and Wagtail's page signals."""
    model = sender if isinstance(sender, type) else type(sender)
    if not _quiet(model):
        bump()


_WRITES = ("insert", "update", "delete", "replace")


class WriteWatcher:
    """An execute wrapper that notices SQL writes to the tables visitors see, whatever wrote them
    (a queryset's update() sends no signal)."""

    def __init__(self):
        self.wrote = False

    def __call__(self, execute, sql, params, many, context):
        if not self.wrote:
            head = sql.lstrip()[:120].lower()
            if head.startswith(_WRITES) and not any(
                f'"{table}' in head or f" {table}" in head for table in _quiet_tables
            ):
                self.wrote = True
        return execute(sql, params, many, context)


class WatchWrites:
    """Context manager: bumps the generation if the block wrote a visible row."""

    def __enter__(self):
        self.watcher = WriteWatcher()
        self._wrapper = connection.execute_wrapper(self.watcher)
        self._wrapper.__enter__()
        return self.watcher

    def __exit__(self, *exc):
        self._wrapper.__exit__(*exc)
        if self.watcher.wrote:
            bump()
        return False


def after_migrate(sender, **kwargs):
    """Every deployment runs `migrate`: what the previous version of the code kept (pages built by
    its templates, values of another shape) is not read again."""
    _new()


def connect(app_config):
    from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save

    from wagtail.signals import page_published, page_unpublished, post_page_move

    for signal in (post_save, post_delete, m2m_changed):
        signal.connect(changed, dispatch_uid=f"passerelle-freshness-{id(signal)}")
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(changed, dispatch_uid=f"passerelle-freshness-page-{id(signal)}")
    # Once per `migrate`, not once per application.
    post_migrate.connect(
        after_migrate, sender=app_config, dispatch_uid="passerelle-freshness-deploy"
    )


#: What `remembered` found for one generation, kept in this process too: a value keyed by the
#: generation never changes, so it is read from the shared cache once per process, not once per
#: request (each read of Redis costs a round trip and a new client). Bounded, and emptied as
#: soon as the generation moves on. Callers treat what they get as read-only.
LOCAL_LIMIT = 500
_local = {"generation": None, "values": {}}


def remembered(key, read, timeout=24 * 3600, keep_none=True):
    """`read()` kept in the shared cache under `key` for the current generation; with
    `keep_none` False, a None answer is not kept (keys that visitors can make up)."""
    global _local
    current = generation()
    if _local["generation"] != current:
        _local = {"generation": current, "values": {}}
    values = _local["values"]
    if key in values:
        return values[key]
    full = f"{key}:{current}"
    found = cache.get(full)
    if found is None:
        found = read()
        if found is None and not keep_none:
            return None
        cache.set(full, found, timeout)
    if len(values) < LOCAL_LIMIT:
        values[key] = found
    return found
