"""Which languages a person may translate into, and the gate that holds Translators to them.

A Translator is granted Wagtail's page permissions on the trees of the other languages only
(portal/roles.py); within those, they work in the languages of their profile (`translates_into`).
The same holds for the translatable snippets (themes, partners, questions): a Translator edits
their translations in their own languages, never the French ones, and adds or deletes none.
Wagtail's permissions are per group, so the per-person part is enforced here, on the admin's page
and snippet views and on wagtail-localize's own views, whatever the URL or form says: the buttons
lead to the same check, a typed address or a forged POST gets a 403. So does a publish sent by a
Translator, or a step of a review its task does not offer them (approving their own translation),
which the admin would otherwise answer with its dashboard.
"""

from functools import cache

from django.conf import settings
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.urls import Resolver404, resolve

from wagtail.models import Locale, Page

from portal import roles


def is_limited(user):
    """Whether `user` works as a Translator only (Directors and superusers translate anything)."""
    if not user.is_authenticated or user.is_superuser:
        return False
    held = roles.roles_of(user)
    return roles.TRANSLATOR in held and not held & {roles.DIRECTOR, roles.TEACHER}


def languages_of(user):
    """The language codes `user` may translate into."""
    enabled = {code for code, _name in settings.LANGUAGES} - {settings.LANGUAGE_CODE}
    if not is_limited(user):
        return enabled
    return {code for code in user.translates_into or [] if code in enabled}


def may_work_in(user, locale):
    if locale is None:
        return True
    code = locale.language_code if isinstance(locale, Locale) else locale
    return code in languages_of(user)


def _locale_of_page(page_id):
    return Page.objects.filter(pk=page_id).values_list("locale__language_code", flat=True).first()


def _locale_of_translation(translation_id):
    from wagtail_localize.models import Translation

    return (
        Translation.objects.filter(pk=translation_id)
        .values_list("target_locale__language_code", flat=True)
        .first()
    )


def _locales_of_form(request):
    ids = [value for value in request.POST.getlist("locales") if value.isdigit()]
    forged = [value for value in request.POST.getlist("locales") if not value.isdigit()]
    codes = list(Locale.objects.filter(pk__in=ids).values_list("language_code", flat=True))
    return codes, bool(forged) or len(codes) != len(set(ids))


#: Admin page views a Translator may open on any page they can see (they change nothing).
READ_ONLY_PAGE_VIEWS = {
    "wagtailadmin_pages:history",
    "wagtailadmin_pages:revisions_index",
    "wagtailadmin_pages:revisions_view",
    "wagtailadmin_pages:revisions_compare",
    "wagtailadmin_pages:view_draft",
    "wagtailadmin_pages:usage",
    "wagtailadmin_pages:workflow_history",
    "wagtailadmin_pages:workflow_history_detail",
    "wagtailadmin_pages:type_use",
    "wagtailadmin_pages:preview_on_edit",
}


#: Snippet views a Translator may open on a translatable snippet of any language (they change
#: nothing); "edit", its preview and the review's actions only on one in their languages (the
#: review task decides who approves); anything else, such as adding, copying, reordering,
#: deleting or publishing, is the Director's.
READ_ONLY_SNIPPET_VIEWS = {"list", "list_results", "usage", "history", "history_results", "inspect"}
EDIT_SNIPPET_VIEWS = {
    "edit",
    "preview_on_edit",
    "workflow_action",
    "collect_workflow_action_data",
    "workflow_preview",
    "workflow_history",
    "workflow_history_detail",
    "revisions_view",
    "revisions_compare",
}


#: The views of a step of a review (approve, request changes), on a page or a snippet.
REVIEW_STEP_VIEWS = {"workflow_action", "collect_workflow_action_data"}


def _refuse_publishing(request):
    """Translators never publish (portal/roles.py): a translation goes through its review. A
    publish sent from wagtail-localize's editor (`action=publish`) or from the admin's form
    (`action-publish`) gets a 403, where the admin would answer with its dashboard."""
    if request.method == "POST" and (
        request.POST.get("action") == "publish" or "action-publish" in request.POST
    ):
        raise PermissionDenied


def _refuse_review_step(request, obj, kwargs):
    """A step the review's task does not offer this person on `obj` (their own submission, for
    one) gets a 403: the admin would check the same, then answer with its dashboard."""
    from wagtail.models import TaskState

    state = TaskState.objects.filter(pk=kwargs.get("task_state_id")).first()
    if obj is None or state is None:
        return  # the admin's own "not found"
    offered = state.task.specific.get_actions(obj, request.user)
    if kwargs.get("action_name") not in {name for name, _label, _modal in offered}:
        raise PermissionDenied


@cache
def _translatable_snippets():
    """{URL namespace: model} of the snippets Translators work on (portal/roles.py)."""
    from django.apps import apps

    found = {}
    for app_label, model_name in roles.TRANSLATABLE_SNIPPETS:
        model = apps.get_model(app_label, model_name)
        found[model.snippet_viewset.url_namespace] = model
    return found


def _locale_of_snippet(model, pk):
    pk = unquote(str(pk))
    if not pk.isdigit():
        return None
    return model.objects.filter(pk=pk).values_list("locale__language_code", flat=True).first()


class TranslatorLanguagesMiddleware:
    """Refuses a Translator the admin's page views and wagtail-localize's views for a page or a
    translation outside their languages; the submit form lists only their languages."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not request.path.startswith("/admin/") or not request.user.is_authenticated:
            return None
        try:
            match = resolve(request.path_info)
        except Resolver404:
            return None
        name = match.view_name
        kwargs = match.kwargs
        if not is_limited(request.user):
            return self._check_po(request, name, kwargs)
        if name.startswith("wagtail_localize:") or name == "translation_request_review":
            return self._localize(request, name, kwargs)
        if match.namespace in _translatable_snippets():
            return self._snippet(request, _translatable_snippets()[match.namespace], match)
        if name.startswith("wagtailadmin_pages:") and name not in READ_ONLY_PAGE_VIEWS:
            page_id = kwargs.get("page_id") or kwargs.get("parent_page_id")
            if page_id is not None and not may_work_in(request.user, _locale_of_page(page_id)):
                raise PermissionDenied
            if match.url_name == "edit":
                _refuse_publishing(request)
            if match.url_name in REVIEW_STEP_VIEWS:
                page = Page.objects.filter(pk=page_id).first()
                _refuse_review_step(request, page and page.specific, kwargs)
        return None

    @staticmethod
    def _check_po(request, name, kwargs):
        if name == "wagtail_localize:upload_pofile" and request.method == "POST":
            from portal.translation.po import guard_upload

            return guard_upload(request, kwargs["translation_id"])
        return None

    def _localize(self, request, name, kwargs):
        if "translation_id" in kwargs:
            if not may_work_in(request.user, _locale_of_translation(kwargs["translation_id"])):
                raise PermissionDenied
            return self._check_po(request, name, kwargs)
        if name in ("wagtail_localize:submit_page_translation",):
            if request.method == "POST":
                codes, forged = _locales_of_form(request)
                if forged or not all(may_work_in(request.user, code) for code in codes):
                    raise PermissionDenied
            from portal.translation.views import SubmitPageTranslationView

            return SubmitPageTranslationView.as_view()(request, **kwargs)
        if name == "wagtail_localize:convert_to_alias":
            if not may_work_in(request.user, _locale_of_page(kwargs["page_id"])):
                raise PermissionDenied
            return None
        if name == "wagtail_localize:submit_snippet_translation":
            if request.method == "POST":
                codes, forged = _locales_of_form(request)
                if forged or not all(may_work_in(request.user, code) for code in codes):
                    raise PermissionDenied
            from portal.translation.views import SubmitSnippetTranslationView

            return SubmitSnippetTranslationView.as_view()(request, **kwargs)
        if name == "wagtail_localize:update_translations":
            # Syncing every language at once: the Director's.
            raise PermissionDenied
        return None

    @staticmethod
    def _snippet(request, model, match):
        action = match.url_name
        if action in READ_ONLY_SNIPPET_VIEWS:
            return None
        if action in EDIT_SNIPPET_VIEWS:
            code = _locale_of_snippet(model, match.kwargs.get("pk"))
            if code is not None and may_work_in(request.user, code):
                if action == "edit":
                    _refuse_publishing(request)
                if action in REVIEW_STEP_VIEWS:
                    pk = unquote(str(match.kwargs["pk"]))
                    _refuse_review_step(request, model.objects.filter(pk=pk).first(), match.kwargs)
                return None
        raise PermissionDenied
