"""A mailing (the gazette to every family): rendered once with each recipient's own links filled
in, written once per recipient, sent in batches over one connection; a mail server that refuses
one message or goes away mid-batch loses nothing and sends nothing twice."""

import datetime

from django.core.management import call_command
from django.utils import timezone

import pytest

from portal import notify
from portal.notify import quiet_hours
from portal.notify.models import Message
from portal.schools import school_of
from tests.factories import UserFactory
from tests.mail_server import Inbox

pytestmark = pytest.mark.django_db(transaction=True)

INVITATION = {"role_label": "Teacher", "accept_url": "http://testserver/x", "max_age_days": 14}


def _run_due_tasks():
    """Time passes: every waiting message is due now, and the worker runs the queue."""
    from django_tasks_db.models import DBTaskResult

    Message.objects.pending().update(due_at=timezone.now())
    DBTaskResult.objects.update(run_after=timezone.now())
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)


def _letters(school, people, language="fr"):
    draft = notify.Draft()
    context = {**INVITATION, "accept_url": draft.blank("accept")}
    draft.render("account/email/invitation", context, language=language, school=school)
    letters = []
    for person in people:
        subject, text, html = draft.fill(
            {"accept": f"http://testserver/accept/{person.pk}/?a=1&b=2"}
        )
        letters.append(notify.Letter(person, person, subject, text, html))
    return letters


@pytest.fixture
def people(locales):
    return [UserFactory(email=f"parent{n}@example.org", language="ar") for n in range(5)]


def test_a_draft_fills_in_each_recipients_links(site, people):
    """Rendered once; each email carries its own link, escaped in the HTML part."""
    school = school_of(site)
    first, second = _letters(school, people[:2], language="ar")
    assert f"http://testserver/accept/{people[0].pk}/?a=1&b=2" in first.text
    assert f"http://testserver/accept/{people[1].pk}/?a=1&amp;b=2" in second.html
    assert '<html lang="ar" dir="rtl">' in first.html
    assert first.subject == second.subject and first.subject.startswith(f"[{school.name}] ")


def test_a_mailing_is_written_once_and_leaves_over_one_connection(mail_server, site, people):
    controller, inbox = mail_server
    controller.start()
    school = school_of(site)
    written = notify.send_many(_letters(school, people), school=school, purpose="mailing")
    again = notify.send_many(_letters(school, people), school=school, purpose="mailing")
    assert (len(written), again) == (5, [])
    _run_due_tasks()
    _run_due_tasks()
    assert sorted(inbox.recipients) == sorted(p.email for p in people)
    assert len(set(inbox.peers)) == 1
    assert inbox.messages[0]["Content-Language"] == "ar"
    assert Message.objects.filter(status=Message.Status.SENT).count() == 5


def test_a_mailing_waits_for_quiet_hours(settings, site, people):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    from django_tasks import default_task_backend

    school = school_of(site)
    night = timezone.now().astimezone(school.zone).replace(hour=23) + datetime.timedelta(days=1)
    written = notify.send_many(
        _letters(school, people), school=school, purpose="mailing", not_before=night
    )
    (result,) = [r for r in default_task_backend.results if r.task.name == "deliver_messages"]
    assert result.args == [[m.pk for m in written]]
    assert result.task.run_after == written[0].due_at
    assert written[0].due_at == quiet_hours.next_allowed_time(school, night) > night


class Refusing(Inbox):
    """Refuses the `refused` recipients; after `open_for` messages, answers that it is closing
    (421) to every message until `open_for` is None again."""

    def __init__(self, refused=(), open_for=None):
        super().__init__()
        self.refused, self.open_for = set(refused), open_for

    async def handle_RCPT(self, server, session, envelope, address, options):  # noqa: N802
        if address in self.refused:
            return "550 No such mailbox"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        if self.open_for is not None and len(self.messages) >= self.open_for:
            return "421 Closing the connection, try later"
        return await super().handle_DATA(server, session, envelope)


def _server(mail_server, handler):
    from aiosmtpd.controller import Controller

    controller, _inbox = mail_server
    return Controller(handler, hostname=controller.hostname, port=controller.port)


def test_a_server_that_goes_away_mid_batch_loses_nothing(mail_server, site, people):
    """After two messages the server closes: the rest wait and leave later, none twice."""
    inbox = Refusing(open_for=2)
    controller = _server(mail_server, inbox)
    controller.start()
    try:
        school = school_of(site)
        notify.send_many(_letters(school, people), school=school, purpose="mailing")
        _run_due_tasks()
        assert len(inbox.messages) == 2
        waiting = Message.objects.pending()
        assert waiting.count() == 3 and {m.attempts for m in waiting} == {1}
        inbox.open_for = None
        _run_due_tasks()
        _run_due_tasks()
    finally:
        controller.stop()
    assert sorted(inbox.recipients) == sorted(p.email for p in people)
    assert not Message.objects.pending().exists()


def test_a_refused_recipient_delays_only_that_message(mail_server, site, people):
    inbox = Refusing(refused={people[1].email})
    controller = _server(mail_server, inbox)
    controller.start()
    try:
        school = school_of(site)
        notify.send_many(_letters(school, people), school=school, purpose="mailing")
        _run_due_tasks()
    finally:
        controller.stop()
    assert len(inbox.messages) == 4
    (refused,) = Message.objects.pending()
    assert (refused.recipient, refused.attempts) == (people[1].email, 1)
    assert "No such mailbox" in refused.last_error
