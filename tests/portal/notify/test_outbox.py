"""Every email goes through the outbox: written once, sent once, at an allowed hour, retried
while the mail server is down, and shown to the Director when it could not leave."""

import datetime
import zoneinfo
from email.header import decode_header, make_header

from django.core import mail
from django.utils import timezone

import pytest

from portal import notify
from portal.notify import outbox, quiet_hours
from portal.notify.models import Message
from portal.schools import school_of
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PARIS = zoneinfo.ZoneInfo("Europe/Paris")
INVITATION = {"role_label": "Teacher", "accept_url": "http://testserver/x", "max_age_days": 14}


@pytest.fixture
def school(site):
    return school_of(site)


@pytest.fixture
def invitation(director):
    from portal.accounts.models import Invitation

    return Invitation.objects.create(email="new@example.org", role="Teacher", language="ar")


def test_send_renders_in_the_recipients_language_with_an_html_part(school, invitation):
    """Subject, text and HTML in Arabic, right to left, signed with the school's name."""
    message = notify.send(
        invitation,
        "account/email/invitation",
        INVITATION,
        school=school,
        purpose="invitation",
        obj=invitation,
    )
    (sent,) = mail.outbox
    assert sent.subject.startswith(f"[{school.name}] ")
    assert sent.extra_headers["Content-Language"] == "ar"
    html, mimetype = sent.alternatives[0]
    assert mimetype == "text/html" and '<html lang="ar" dir="rtl">' in html
    assert school.name in html and 'href="http://testserver/x"' in html
    assert message.status == Message.Status.SENT and message.sent_at is not None
    assert school.name in str(make_header(decode_header(sent.from_email)))


def test_a_message_about_an_object_is_written_and_sent_once(school, invitation):
    """A second call (a task retried, a page published again) sends nothing more."""
    context = INVITATION
    first = notify.send(
        invitation,
        "account/email/invitation",
        context,
        school=school,
        purpose="invitation",
        obj=invitation,
    )
    again = notify.send(
        invitation,
        "account/email/invitation",
        context,
        school=school,
        purpose="invitation",
        obj=invitation,
    )
    assert first.pk == again.pk
    assert len(mail.outbox) == 1
    assert outbox.deliver(first.pk) is False
    assert len(mail.outbox) == 1


def test_send_later_waits_for_the_school_and_the_persons_quiet_hours(school, invitation):
    """The school is quiet 20:00–7:00; this parent wants nothing before 8:00 nor on Saturdays."""
    parent = UserFactory(email="p@example.org", no_email_before=datetime.time(8), no_email_days="5")
    friday_night = datetime.datetime(2030, 3, 8, 21, 0, tzinfo=PARIS)
    assert quiet_hours.next_allowed_time(school, friday_night) == datetime.datetime(
        2030, 3, 9, 7, 0, tzinfo=PARIS
    )
    # Saturday is the parent's quiet day and Sunday the school's: Monday at 8:00.
    assert quiet_hours.next_allowed_time(school, friday_night, person=parent) == datetime.datetime(
        2030, 3, 11, 8, 0, tzinfo=PARIS
    )


def test_a_wait_for_non_urgent_mail_is_one_registration(school):
    """Another app (school holidays) makes non-urgent mail wait; urgent mail does not."""
    holidays_end = datetime.datetime(2030, 3, 18, 9, 0, tzinfo=PARIS)

    def holidays(school, moment, person):
        return holidays_end if moment < holidays_end else None

    quiet_hours.register_wait(holidays)
    try:
        tuesday = datetime.datetime(2030, 3, 12, 10, 0, tzinfo=PARIS)
        assert quiet_hours.next_allowed_time(school, tuesday) == holidays_end
        assert quiet_hours.next_allowed_time(school, tuesday, urgent=True) == tuesday
    finally:
        quiet_hours.unregister_wait(holidays)


def test_send_later_enqueues_at_the_allowed_time(settings, school, invitation):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    from django_tasks import default_task_backend

    evening = timezone.now().astimezone(PARIS).replace(hour=21, minute=0) + datetime.timedelta(
        days=1
    )
    message = notify.send_later(
        invitation,
        "account/email/invitation",
        INVITATION,
        school=school,
        purpose="invitation",
        obj=invitation,
        not_before=evening,
    )
    (result,) = [r for r in default_task_backend.results if r.task.name == "deliver_message"]
    assert result.task.run_after == message.due_at
    assert message.due_at.astimezone(PARIS).time() == datetime.time(7, 0)
    assert mail.outbox == []


def test_withdraw_takes_back_what_has_not_left(settings, school, invitation):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    context = INVITATION
    notify.send_later(
        invitation,
        "account/email/invitation",
        context,
        school=school,
        purpose="reminder",
        obj=invitation,
    )
    assert notify.withdraw("reminder", invitation) == 1
    assert not Message.objects.exists()


def test_failures_are_retried_then_shown_to_the_director(
    settings, school, invitation, client, director
):
    """A server that keeps refusing: the message is tried again, then marked failed, and the
    Director finds it in the admin's outbox."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 2
    settings.EMAIL_USE_TLS = False
    settings.NOTIFY_RETRY_DELAYS = (60, 60)
    context = INVITATION
    message = notify.send(
        invitation,
        "account/email/invitation",
        context,
        school=school,
        purpose="invitation",
        obj=invitation,
    )
    assert (message.status, message.attempts) == (Message.Status.PENDING, 1)
    assert message.last_error
    later = timezone.now() + datetime.timedelta(minutes=5)
    outbox.deliver_due(now=later)
    outbox.deliver_due(now=later + datetime.timedelta(minutes=5))
    message.refresh_from_db()
    assert (message.status, message.attempts) == (Message.Status.FAILED, 3)

    client.force_login(director)
    listing = client.get("/admin/outbox/", {"status": "failed"}).content.decode()
    assert "new@example.org" in listing


def test_families_and_teachers_cannot_read_the_outbox(client, parent, teacher, locales):
    for person in (parent, teacher):
        client.force_login(person)
        assert client.get("/admin/outbox/").status_code in (302, 403)
