"""Every path that sends an email, with the mail server down: the visitor's action is saved, the
page says in their language that the email will follow, and it does once the server is up."""

import re

from django.core.management import call_command
from django.utils import timezone, translation

import pytest

from pages.events.models import RSVP, Booking
from portal import roles
from portal.accounts.models import Invitation
from portal.notify.models import Message
from tests.pages.events.factories import EventIndexPageFactory, EventPageFactory, SlotFactory
from tests.pages.events.test_agenda import _at

pytestmark = pytest.mark.django_db(transaction=True)

DELAYED = "Our mail server is not answering: your email will leave as soon as it does."


def _run_due_tasks():
    """Time passes: every waiting delivery is due now, and the worker runs them."""
    from django_tasks_db.models import DBTaskResult

    DBTaskResult.objects.filter(task_path__endswith="deliver_message").update(
        run_after=timezone.now()
    )
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)


def _told(client, response, language="fr"):
    """The page the visitor lands on says that the email will follow, in their language."""
    assert response.status_code == 302, response.content.decode()[-2500:]
    page = client.get(response["Location"])
    assert page.status_code == 200
    with translation.override(language):
        expected = translation.gettext(DELAYED)
    assert expected != DELAYED or language == "en"
    assert expected in page.content.decode()
    return page


def _waiting(purpose):
    message = Message.objects.get(purpose__startswith=purpose)
    assert (message.status, message.attempts) == (Message.Status.PENDING, 1)
    return message


def _arrives(controller, inbox, address):
    controller.start()
    _run_due_tasks()
    assert inbox.to(address), inbox.recipients
    return inbox.to(address)[-1]


@pytest.fixture
def event(home):
    return EventPageFactory(
        parent=EventIndexPageFactory(parent=home),
        rsvp_enabled=True,
        capacity=10,
        start=_at(5),
        end=_at(5, 19),
    )


def test_a_parent_answering_an_event(mail_server, client, event, translate_page):
    """In Arabic: the answer is held, the code follows once the server answers, and works."""
    controller, inbox = mail_server
    translate_page(event.get_parent(), "ar", title="المفكرة")
    arabic = translate_page(event, "ar", title="اجتماع")
    response = client.post(
        arabic.url, {"name": "Samira", "email": "samira@example.org", "people": "2"}
    )
    _told(client, response, "ar")
    assert RSVP.objects.get().people == 2
    _waiting("rsvp-code")
    message = _arrives(controller, inbox, "samira@example.org")
    code = re.search(r"\b(\d{6})\b", message.get_body(("plain",)).get_content()).group(1)
    assert client.post(response["Location"], {"code": code}).status_code == 302
    assert RSVP.objects.active().count() == 1


def test_a_parent_with_an_account_booking_a_meeting(mail_server, client, home, teacher, parent):
    controller, _inbox = mail_server
    slot = SlotFactory(host=teacher)
    client.force_login(parent)
    response = client.post(
        f"/fr/appointments/slot/{slot.pk}/",
        {"name": "Samira", "email": parent.email, "child_class": "CM1 B", "mode": "in-person"},
    )
    _told(client, response)
    assert Booking.objects.get().confirmed_at is not None
    _waiting("booking-confirmation")
    _arrives(controller, _inbox, parent.email)


def test_signing_up(mail_server, client, home):
    controller, inbox = mail_server
    response = client.post(
        "/fr/accounts/signup/",
        {
            "email": "nouveau@example.org",
            "password1": "Cartable-Vert-42",
            "password2": "Cartable-Vert-42",
        },
    )
    _told(client, response)
    from django.contrib.auth import get_user_model

    assert get_user_model().objects.filter(email="nouveau@example.org").exists()
    _waiting("account/email/email_confirmation")
    _arrives(controller, inbox, "nouveau@example.org")


def test_a_director_inviting(mail_server, client, home, director):
    controller, inbox = mail_server
    client.force_login(director, backend="allauth.account.auth_backends.AuthenticationBackend")
    response = client.post(
        "/fr/accounts/invitations/",
        {"email": "prof@example.org", "role": roles.TEACHER, "language": "fr"},
    )
    _told(client, response)
    assert Invitation.objects.filter(email="prof@example.org").exists()
    _waiting("invitation")
    _arrives(controller, inbox, "prof@example.org")


def test_resetting_a_password(mail_server, client, home, parent):
    controller, inbox = mail_server
    response = client.post("/fr/accounts/password/reset/", {"email": parent.email})
    _told(client, response)
    _waiting("account/email/password_reset")
    _arrives(controller, inbox, parent.email)
