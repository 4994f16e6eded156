"""A real mail server on this machine, down and then up: what families did while it was down is
saved and they are told so; every email arrives once it is up, and none arrives twice."""

from django.core.management import call_command
from django.utils import timezone

import pytest

from pages.events.models import Booking
from portal.notify.models import Message
from tests.i18n import french
from tests.pages.events.factories import SlotFactory

pytestmark = pytest.mark.django_db(transaction=True)

BOOKING = {
    "name": "Samira Benali",
    "email": "samira@example.org",
    "child_class": "CM1 B",
    "mode": "in-person",
}


def _run_due_tasks():
    """Time passes: every waiting delivery is due now, and the worker runs them."""
    from django_tasks_db.models import DBTaskResult

    DBTaskResult.objects.filter(task_path__endswith="deliver_message").update(
        run_after=timezone.now()
    )
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)


def test_nothing_is_lost_and_nothing_is_sent_twice(mail_server, client, home, teacher):
    controller, inbox = mail_server
    slot = SlotFactory(host=teacher)

    # The server is down: the booking is saved, the family sees the usual next step.
    response = client.post(f"/fr/appointments/slot/{slot.pk}/", BOOKING)
    assert response.status_code == 302, response.content.decode().split("<main")[-1][:2500]
    told = client.get(response["Location"]).content.decode()
    assert (
        french("Our mail server is not answering: your email will leave as soon as it does.")
        in told
    )
    assert Booking.objects.filter(email="samira@example.org").exists()
    code = Message.objects.get(purpose="booking-code")
    assert (code.status, code.attempts) == (Message.Status.PENDING, 1)
    # allauth's login code too: the page answers, the code waits in the outbox.
    teacher_login = client.post("/fr/accounts/login/code/", {"email": teacher.email})
    assert teacher_login.status_code == 302
    assert Message.objects.filter(purpose="account/email/login_code").get().status == "pending"
    assert inbox.messages == []

    # The server comes back: every message leaves, once.
    controller.start()
    _run_due_tasks()
    _run_due_tasks()
    sent = Message.objects.filter(status=Message.Status.SENT)
    recipients = sorted(inbox.recipients)
    assert sorted(sent.values_list("recipient", flat=True)) == recipients
    assert "samira@example.org" in recipients and teacher.email in recipients
    assert not Message.objects.filter(status=Message.Status.PENDING, due_at__lte=timezone.now())
    # A delivery task run again (a worker restarted) sends nothing more.
    from portal.notify.tasks import deliver_message

    deliver_message.enqueue(code.pk)
    _run_due_tasks()
    assert len(inbox.messages) == len(recipients)
