"""An issue scheduled at the gazette's slot goes live at that moment through the task worker,
and its subscribers receive it once, through a real mail server; the daily run that catches what
was missed publishes and sends it too, and running both sends nothing twice."""

import datetime

from django.core.management import call_command
from django.utils import timezone

import pytest

from pages.gazette import slots
from pages.gazette.models import Delivery, GazettePage
from pages.gazette.tasks import publish_due_issues, publish_scheduled_now
from portal.schools import school_of
from tests.pages.gazette.factories import (
    GazettePageFactory,
    GazetteSubscriptionFactory,
    sections,
)

pytestmark = pytest.mark.django_db(transaction=True)


def _work():
    """The worker runs whatever is due now (twice: what it enqueues runs too)."""
    for _ in range(2):
        call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)


def _waiting(task):
    from django_tasks_db.models import DBTaskResult

    return DBTaskResult.objects.filter(task_path=task.module_path, status="READY")


@pytest.fixture
def clock(monkeypatch):
    """Moves the site's clock: everything that reads `timezone.now()` sees the new time."""

    def move_to(moment):
        monkeypatch.setattr(timezone, "now", lambda: moment)

    return move_to


def _schedule(archive, **fields):
    """The Director schedules an issue at the next slot: Wagtail's own scheduled publishing."""
    slot = slots.next_slot_of(school_of(archive))
    issue = GazettePageFactory(parent=archive, live=False, **fields)
    issue.go_live_at = slot
    issue.save_revision().publish()
    return GazettePage.objects.get(pk=issue.pk), slot


def test_an_issue_scheduled_at_the_slot_is_sent_at_the_slot_once(
    mail_server, archive, classes, clock
):
    controller, inbox = mail_server
    controller.start()
    cp, cm1 = classes["CP A"], classes["CM1 B"]
    site = archive.get_site()
    GazetteSubscriptionFactory(site=site, email="fr@example.org", classes=[cp])
    GazetteSubscriptionFactory(site=site, email="ar@example.org", language="ar", classes=[cm1])
    issue, slot = _schedule(archive, sections=sections([cp, cm1]))
    assert not issue.live and slot > timezone.now()
    (waiting,) = _waiting(publish_scheduled_now)
    assert waiting.run_after == slot  # the worker is told to publish at the slot

    _work()  # before the slot: nothing goes live, nothing leaves
    assert not GazettePage.objects.get(pk=issue.pk).live
    assert inbox.messages == []

    clock(slot + datetime.timedelta(seconds=30))
    _work()
    assert GazettePage.objects.get(pk=issue.pk).live
    assert sorted(m["To"] for m in inbox.messages) == ["ar@example.org", "fr@example.org"]
    (french,) = inbox.to("fr@example.org")
    text = french.get_body(preferencelist=("plain",)).get_content()
    assert "pour la CP A" in text and "pour la CM1 B" not in text
    assert french["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    (arabic,) = inbox.to("ar@example.org")
    assert arabic["Content-Language"] == "ar"
    assert "pour la CM1 B" in arabic.get_body(preferencelist=("plain",)).get_content()

    # The daily safety net and a cron `publish_scheduled` run afterwards: nothing is sent again.
    publish_due_issues.enqueue()
    call_command("publish_scheduled", verbosity=0)
    clock(slot + datetime.timedelta(minutes=5))
    _work()
    assert len(inbox.messages) == 2
    assert Delivery.objects.filter(issue=issue).count() == 2


def test_the_daily_run_publishes_and_sends_what_was_missed(mail_server, archive, clock):
    from django_tasks_db.models import DBTaskResult

    controller, inbox = mail_server
    controller.start()
    GazetteSubscriptionFactory(site=archive.get_site(), email="tr@example.org", language="tr")
    issue, slot = _schedule(archive)
    # The worker was down at the slot, and its task for that moment was lost.
    DBTaskResult.objects.all().delete()
    clock(slot + datetime.timedelta(hours=3))
    publish_due_issues.enqueue()
    _work()
    assert GazettePage.objects.get(pk=issue.pk).live
    (message,) = inbox.messages
    assert message["To"] == "tr@example.org" and message["Content-Language"] == "tr"
    assert _waiting(publish_due_issues).count() == 1  # tomorrow's run waits in the queue
    publish_due_issues.enqueue()
    _work()
    assert len(inbox.messages) == 1
