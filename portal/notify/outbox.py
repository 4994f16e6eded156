"""Every email leaves through the outbox: written once, delivered once, retried when the mail
server fails, and listed to the Director when it could not leave at all."""

import base64
import contextlib
import datetime
import logging
import re
import secrets
import smtplib
import threading
import time
from dataclasses import dataclass, field
from email.utils import formataddr, parseaddr

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.contenttypes.models import ContentType
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.template import TemplateDoesNotExist
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.translation import gettext as _

from .models import Message
from .quiet_hours import next_allowed_time

logger = logging.getLogger(__name__)

#: Waits between attempts when the mail server fails; after the last one the message is given up.
DEFAULT_RETRY_DELAYS = (60, 300, 900, 3600, 3 * 3600, 6 * 3600, 12 * 3600, 24 * 3600)
#: How long one delivery attempt holds a message before another worker may try it.
CLAIM = datetime.timedelta(minutes=5)
#: Seconds a connection to the mail server is kept for the next message (a batch opens one).
KEEP_CONNECTION = 10
#: How many messages of a batch one worker claims at a time.
CLAIM_BATCH = 100

_held = threading.local()


@dataclass(frozen=True)
class Address:
    """A recipient without an account: an address and the language to write in."""

    email: str
    language: str = ""
    #: Whose personal quiet hours apply (a User), if anyone's.
    person: object = None


def address_of(recipient):
    """The Address for a User, an Address, or any object with `email` and `language` (an answer,
    a booking, an invitation); an object's `user`, when it has one, brings their quiet hours."""
    if isinstance(recipient, Address):
        address = recipient
    else:
        person = recipient if isinstance(recipient, AbstractBaseUser) else None
        person = person or getattr(recipient, "user", None)
        address = Address(recipient.email, getattr(recipient, "language", ""), person)
    if address.language not in dict(settings.LANGUAGES):
        address = Address(address.email, settings.LANGUAGE_CODE, address.person)
    return address


def render(template, context, language, school):
    """(subject, text, html) of `template` in `language`: `<template>_subject.txt` (after the
    school's name in brackets, so that families recognise the sender), `<template>_message.txt`
    and, when it exists, `<template>_message.html` (else the text in the site's HTML frame).
    Templates receive `school` and `language` besides `context`."""
    context = {**context, "school": school, "language": language}
    with translation.override(language):
        subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
        subject = f"[{school.name}] {subject}"
        text = render_to_string(f"{template}_message.txt", context)
        try:
            html = render_to_string(f"{template}_message.html", context)
        except TemplateDoesNotExist:
            html = render_to_string(
                "notify/email.html", {**context, "subject": subject, "text": text}
            )
    return subject, text, html


class Draft:
    """An email rendered once for many recipients (a mailing), with blanks where each recipient
    has their own words, such as their signed links: templates and CSS are worked through once,
    and `fill` writes each recipient's values in.

        draft = Draft()
        context = {..., "unsubscribe_url": draft.blank("unsubscribe")}
        draft.render("gazette/email/issue", context, language="ar", school=school)
        subject, text, html = draft.fill({"unsubscribe": url})

    A blank is plain letters and digits, so it passes autoescaping and CSS inlining untouched;
    `fill` escapes values for the HTML part and writes them as they are in the subject and text.
    Filters see the blank, not the value: a link goes in an `<a href>` of a `_message.html`."""

    def __init__(self):
        self._mark = f"blank{secrets.token_hex(6)}n"
        self._names = []
        self._parts = None

    def blank(self, name):
        """The mark to put in the context where the value `name` goes."""
        if name not in self._names:
            self._names.append(name)
        return f"{self._mark}{self._names.index(name)}x"

    def render(self, template, context, *, language, school):
        """Render `template` as `render` does; returns the draft."""
        found = re.compile(rf"{self._mark}(\d+)x")
        self._parts = [found.split(part) for part in render(template, context, language, school)]
        return self

    def fill(self, values):
        """(subject, text, html) with every blank replaced by `values[name]`."""
        filled = []
        for index, pieces in enumerate(self._parts):
            out = list(pieces)
            for position in range(1, len(out), 2):
                value = str(values[self._names[int(out[position])]])
                out[position] = escape(value) if index == 2 else value
            filled.append("".join(out))
        return tuple(filled)


@dataclass(frozen=True)
class Letter:
    """One email of a mailing, already written (see `Draft` and `send_many`)."""

    #: A User, an Address, or an object with `email` and `language` (as for `send_later`).
    recipient: object
    #: The saved instance the email is about: it is written once per (purpose, obj, recipient).
    obj: object
    subject: str
    text: str
    html: str = ""
    headers: dict = field(default_factory=dict)


def _encoded(attachments):
    found = []
    for filename, content, mimetype in attachments:
        data = content.encode() if isinstance(content, str) else content
        found.append(
            {
                "filename": filename,
                "mimetype": mimetype,
                "content": base64.b64encode(data).decode("ascii"),
            }
        )
    return found


def _write(address, template, context, *, school, purpose, obj, due_at, attachments, headers=None):
    """(message, created): the outbox row for this purpose, object and recipient."""
    subject, text, html = render(template, context, address.language, school)
    fields = {
        "site": school.site,
        "language": address.language,
        "subject": subject[:300],
        "text": text,
        "html": html,
        "attachments": _encoded(attachments),
        "headers": dict(headers or {}),
        "due_at": due_at,
    }
    if obj is None:
        return Message.objects.create(purpose=purpose, recipient=address.email, **fields), True
    key = {
        "purpose": purpose,
        "content_type": ContentType.objects.get_for_model(obj, for_concrete_model=False),
        "object_id": str(obj.pk),
        "recipient": address.email,
    }
    try:
        with transaction.atomic():
            return Message.objects.get_or_create(**key, defaults=fields)
    except IntegrityError:
        # Written at the same moment by another request or task: that one counts.
        return Message.objects.get(**key), False


def send(recipient, template, context, *, school, purpose=None, obj=None, attachments=()):
    """Write an email now and try to deliver it at once; when the mail server fails the request
    still succeeds and the message is retried later. Quiet hours do not apply: use this for what
    the person asked for this minute (a code, a confirmation).

    `recipient`: a User, an outbox.Address, or an object with `email` and `language`.
    `template`: a prefix such as "events/email/rsvp" (see `render`). `school`: a
    portal.schools.School, for its name and the absolute URLs of its own site. With `obj` (a saved
    instance), the message is written once per (purpose, obj, recipient): calling again sends
    nothing. `attachments`: (filename, content, mimetype) triples. Returns the outbox Message."""
    address = address_of(recipient)
    message, created = _write(
        address,
        template,
        context,
        school=school,
        purpose=purpose or template,
        obj=obj,
        due_at=timezone.now(),
        attachments=attachments,
    )
    if created:
        deliver(message.pk)
        message.refresh_from_db()
    return message


def send_later(
    recipient,
    template,
    context,
    *,
    school,
    purpose,
    obj,
    urgent=False,
    not_before=None,
    attachments=(),
    headers=None,
):
    """Write an email once for (purpose, obj, recipient) and deliver it at the first moment after
    `not_before` (default: now) that the school's quiet hours, the recipient's own and, unless
    `urgent`, every other registered wait allow (see quiet_hours.next_allowed_time). Returns the
    outbox Message; when one already exists it is returned unchanged and nothing new is sent.
    `headers`: extra email headers (a mailing list's List-Unsubscribe, for example)."""
    address = address_of(recipient)
    now = timezone.now()
    due_at = next_allowed_time(
        school, max(not_before or now, now), person=address.person, urgent=urgent
    )
    message, created = _write(
        address,
        template,
        context,
        school=school,
        purpose=purpose,
        obj=obj,
        due_at=due_at,
        attachments=attachments,
        headers=headers,
    )
    if created:
        _enqueue(message.pk, due_at)
    return message


def send_many(letters, *, school, purpose, urgent=False, not_before=None):
    """Write a mailing's emails (`Letter`s, a few hundred at a time) in one go and deliver them in
    batches over one connection, each at the first moment after `not_before` that quiet hours
    allow, as `send_later` does. Each is written once per (purpose, obj, recipient): a letter
    written before is skipped. Call it inside the transaction that records why the emails are
    sent: the messages and the work that delivers them are saved with it, or not at all.
    Returns the Messages written."""
    now = timezone.now()
    start = max(not_before or now, now)
    due_for, rows, seen = {}, [], set()
    for letter in letters:
        address = address_of(letter.recipient)
        person = address.person
        if getattr(person, "pk", None) not in due_for:
            due_for[getattr(person, "pk", None)] = next_allowed_time(
                school, start, person=person, urgent=urgent
            )
        content_type = ContentType.objects.get_for_model(letter.obj, for_concrete_model=False)
        key = (content_type.pk, str(letter.obj.pk), address.email)
        if key in seen:
            continue
        seen.add(key)
        rows.append(
            Message(
                purpose=purpose,
                content_type=content_type,
                object_id=key[1],
                recipient=address.email,
                site=school.site,
                language=address.language,
                subject=letter.subject[:300],
                text=letter.text,
                html=letter.html,
                headers=dict(letter.headers),
                due_at=due_for[getattr(person, "pk", None)],
            )
        )
    if not rows:
        return []
    written = set(
        Message.objects.filter(purpose=purpose, object_id__in={row.object_id for row in rows})
        .values_list("content_type_id", "object_id", "recipient")
        .iterator()
    )
    rows = [r for r in rows if (r.content_type_id, r.object_id, r.recipient) not in written]
    try:
        with transaction.atomic():
            created = Message.objects.bulk_create(rows)
    except IntegrityError:
        # Some were written at the same moment by another task: those count, the rest are new.
        created = []
        for row in rows:
            key = {
                "purpose": purpose,
                "content_type_id": row.content_type_id,
                "object_id": row.object_id,
                "recipient": row.recipient,
            }
            row.pk, row._state.adding = None, True
            try:
                with transaction.atomic():
                    if not Message.objects.filter(**key).exists():
                        row.save(force_insert=True)
                        created.append(row)
            except IntegrityError:
                pass
    by_due = {}
    for message in created:
        by_due.setdefault(message.due_at, []).append(message.pk)
    for due_at, ids in by_due.items():
        _enqueue_batch(ids, due_at)
    return created


def tell_if_delayed(request, message):
    """Tell the person on the page when their email could not leave yet (the mail server is not
    answering): it will, by itself, as soon as the server answers."""
    if message is not None and message.status == Message.Status.PENDING and message.attempts:
        messages.warning(
            request,
            _("Our mail server is not answering: your email will leave as soon as it does."),
        )


def withdraw(purpose, obj):
    """Take back the messages about `obj` for `purpose` that have not left yet (a reminder of a
    cancelled meeting); returns how many. Sent messages stay in the outbox."""
    deleted, _by_model = Message.objects.about(purpose, obj).pending().delete()
    return deleted


def _retry_delays():
    return tuple(getattr(settings, "NOTIFY_RETRY_DELAYS", DEFAULT_RETRY_DELAYS))


def _enqueue(message_id, when, retry=False):
    from .tasks import deliver_message

    task = deliver_message
    if task.get_backend().supports_defer:
        task = task.using(run_after=when)
    elif retry:
        # A backend that cannot wait (tests) leaves retries to deliver_due().
        return
    task.enqueue(message_id)


def _enqueue_batch(message_ids, when, retry=False):
    from .tasks import deliver_messages

    task = deliver_messages
    if task.get_backend().supports_defer:
        task = task.using(run_after=when)
    elif retry:
        return
    task.enqueue(list(message_ids))


def _school_name(site):
    """The school's name as sender, read once per content generation rather than per message."""
    from portal import freshness
    from portal.schools import school_of

    return freshness.remembered(f"school-name:{site.pk}", lambda: school_of(site).name)


def _email(message):
    sender = settings.DEFAULT_FROM_EMAIL
    if message.site_id:
        sender = formataddr((_school_name(message.site), parseaddr(sender)[1]))
    email = EmailMultiAlternatives(
        subject=message.subject,
        body=message.text,
        from_email=sender,
        to=[message.recipient],
        headers={**message.headers, "Content-Language": message.language},
    )
    if message.html:
        email.attach_alternative(message.html, "text/html")
    for item in message.attachments:
        email.attach(item["filename"], base64.b64decode(item["content"]), item["mimetype"])
    return email


def _close(connection):
    with contextlib.suppress(OSError):  # already gone
        connection.close()


def _send(email):
    """Send `email` through the connection the previous message used when it is recent and
    made with the same settings, so that a batch does not open one connection per message; a
    held connection that fails is replaced once before the failure counts."""
    key = (settings.EMAIL_BACKEND, settings.EMAIL_HOST, settings.EMAIL_PORT)
    held = getattr(_held, "value", None)
    if held and (held[0] != key or time.monotonic() - held[2] > KEEP_CONNECTION):
        _close(held[1])
        held = None
    _held.value = None
    for reused in (held is not None, False):
        if held is None:
            connection = get_connection()
            connection.open()
            held = (key, connection, 0)
        try:
            held[1].send_messages([email])
        except OSError:
            _close(held[1])
            held = None
            if not reused:
                raise
            continue
        _held.value = (key, held[1], time.monotonic())
        return


def _failed(messages, error):
    """Record a failed attempt for each of `messages` (claimed by this worker): each waits for
    its next attempt, or is given up after the last one."""
    logger.warning("%s email(s) not delivered: %s", len(messages), error)
    delays = _retry_delays()
    by_attempts = {}
    for message in messages:
        by_attempts.setdefault(message.attempts + 1, []).append(message.pk)
    for attempts, ids in by_attempts.items():
        update = {"attempts": attempts, "last_error": str(error)[:500], "claimed_until": None}
        if attempts > len(delays):
            update.update(status=Message.Status.FAILED, failed_at=timezone.now())
            Message.objects.filter(pk__in=ids).update(**update)
            continue
        due_at = timezone.now() + datetime.timedelta(seconds=delays[attempts - 1])
        Message.objects.filter(pk__in=ids).update(due_at=due_at, **update)
        if len(ids) == 1:
            _enqueue(ids[0], due_at, retry=True)
        else:
            _enqueue_batch(ids, due_at, retry=True)


def _sent(message):
    Message.objects.filter(pk=message.pk).update(
        status=Message.Status.SENT,
        sent_at=timezone.now(),
        attempts=message.attempts + 1,
        claimed_until=None,
    )


def _claim(message_ids):
    """The messages of `message_ids` still waiting and not held by another worker, now held by
    this one for CLAIM."""
    now = timezone.now()
    with transaction.atomic():
        free = list(
            Message.objects.select_for_update(skip_locked=True)
            .filter(pk__in=message_ids, status=Message.Status.PENDING)
            .filter(Q(claimed_until__isnull=True) | Q(claimed_until__lt=now))
            .values_list("pk", flat=True)
        )
        Message.objects.filter(pk__in=free).update(claimed_until=now + CLAIM)
    return list(Message.objects.filter(pk__in=free).select_related("site").order_by("pk"))


def deliver(message_id):
    """Send one outbox message if it has not left yet. True when this call sent it. A failure of
    the mail server schedules the next attempt; after the last one the message is marked failed."""
    now = timezone.now()
    claimed = (
        Message.objects.filter(pk=message_id, status=Message.Status.PENDING)
        .filter(Q(claimed_until__isnull=True) | Q(claimed_until__lt=now))
        .update(claimed_until=now + CLAIM)
    )
    if not claimed:
        return False
    message = Message.objects.select_related("site").get(pk=message_id)
    try:
        _send(_email(message))
    except OSError as error:  # smtplib's errors, refused connections and time-outs
        _failed([message], error)
        return False
    _sent(message)
    return True


def deliver_many(message_ids):
    """Send the outbox messages `message_ids` that have not left yet, one after the other over
    one connection; returns how many this call sent. A message the mail server refuses waits
    for its next attempt, as with `deliver`; when the server cannot be reached or goes away,
    every message not sent yet waits for its next attempt too, without being tried."""
    sent = 0
    for start in range(0, len(message_ids), CLAIM_BATCH):
        claimed = _claim(message_ids[start : start + CLAIM_BATCH])
        for index, message in enumerate(claimed):
            try:
                _send(_email(message))
            except smtplib.SMTPResponseException as error:
                if error.smtp_code in (421, 554):  # the server is closing: nothing more goes
                    _failed(claimed[index:], error)
                    return sent + _put_back(message_ids[start + CLAIM_BATCH :], error)
                _failed([message], error)
                continue
            except smtplib.SMTPRecipientsRefused as error:
                _failed([message], error)
                continue
            except OSError as error:  # refused connection, time-out, server gone
                _failed(claimed[index:], error)
                return sent + _put_back(message_ids[start + CLAIM_BATCH :], error)
            _sent(message)
            sent += 1
    return sent


def _put_back(message_ids, error):
    """The rest of a batch when the server is unreachable: each waits for its next attempt."""
    for start in range(0, len(message_ids), CLAIM_BATCH):
        claimed = _claim(message_ids[start : start + CLAIM_BATCH])
        if claimed:
            _failed(claimed, error)
    return 0


def deliver_due(now=None):
    """Try every pending message whose time has come; returns how many were sent."""
    now = now or timezone.now()
    due = Message.objects.pending().filter(due_at__lte=now).order_by("pk")
    return deliver_many(list(due.values_list("pk", flat=True)))
