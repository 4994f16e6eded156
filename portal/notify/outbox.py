"""Every email leaves through the outbox: written once, delivered once, retried when the mail
server fails, and listed to the Director when it could not leave at all."""

import base64
import contextlib
import datetime
import logging
import threading
import time
from dataclasses import dataclass
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
    attempts = message.attempts + 1
    try:
        _send(_email(message))
    except OSError as error:  # smtplib's errors, refused connections and time-outs
        logger.warning("Email %s not delivered (attempt %s): %s", message_id, attempts, error)
        delays = _retry_delays()
        update = {"attempts": attempts, "last_error": str(error)[:500], "claimed_until": None}
        if attempts > len(delays):
            update.update(status=Message.Status.FAILED, failed_at=timezone.now())
            Message.objects.filter(pk=message_id).update(**update)
        else:
            due_at = timezone.now() + datetime.timedelta(seconds=delays[attempts - 1])
            Message.objects.filter(pk=message_id).update(due_at=due_at, **update)
            _enqueue(message_id, due_at, retry=True)
        return False
    Message.objects.filter(pk=message_id).update(
        status=Message.Status.SENT, sent_at=timezone.now(), attempts=attempts, claimed_until=None
    )
    return True


def deliver_due(now=None):
    """Try every pending message whose time has come; returns how many were sent."""
    now = now or timezone.now()
    due = Message.objects.pending().filter(due_at__lte=now).values_list("pk", flat=True)
    return sum(deliver(pk) for pk in list(due))
