"""An answer given without an account counts only once the code emailed to its address is typed:
nobody can fill an event with invented addresses or answer in someone else's name. Until then
it holds its places briefly; a hold that lapses frees them."""

import datetime
import re
import threading

from django.core import mail
from django.db import connection
from django.utils import timezone

import pytest

from pages.events import rsvps
from pages.events.models import RSVP
from portal.notify.links import make
from tests.i18n import french
from tests.pages.events.factories import EventPageFactory, RSVPFactory
from tests.pages.events.test_agenda import _at

pytestmark = pytest.mark.django_db

ANSWER = {"name": "Samira Benali", "email": "samira@example.org", "people": "2"}


@pytest.fixture
def event(agenda):
    return EventPageFactory(
        parent=agenda,
        title="Réunion de rentrée",
        rsvp_enabled=True,
        capacity=3,
        start=_at(5),
        end=_at(5, 19, 30),
    )


def _code(message):
    return re.search(r"\b(\d{6})\b", message.body).group(1)


def _answer(client, event, **fields):
    """Answer as a visitor: (the confirmation page's address, the emailed code)."""
    response = client.post(event.url, {**ANSWER, **fields})
    assert response.status_code == 302, response.content.decode()[-2000:]
    return response["Location"], _code(mail.outbox[-1])


def _lapse(rsvp):
    RSVP.objects.filter(pk=rsvp.pk).update(
        held_until=timezone.now() - datetime.timedelta(seconds=1)
    )


def test_an_answer_counts_only_once_the_emailed_code_is_typed(client, event):
    url, code = _answer(client, event)
    (message,) = mail.outbox
    assert message.to == ["samira@example.org"]
    assert url in message.body
    rsvp = RSVP.objects.get()
    assert rsvp.confirmed_at is None and rsvp.code_hash and code not in rsvp.code_hash
    assert not RSVP.objects.active().exists()
    page = client.get(url)
    assert page.status_code == 200
    assert "Réunion de rentrée" in page.content.decode()

    done = client.post(url, {"code": code})
    assert done.status_code == 302 and done["Location"].startswith(event.url)
    rsvp.refresh_from_db()
    assert rsvp.confirmed_at is not None and rsvp.code_hash == ""
    assert list(RSVP.objects.active()) == [rsvp]
    # Then the usual email with the event, to put in a calendar.
    assert mail.outbox[-1].attachments[0][2] == "text/calendar"
    assert (
        french("Thank you, your answer is recorded. We have sent you an email with the event.")
        in client.get(done["Location"]).content.decode()
    )


def test_a_wrong_code_is_refused_and_five_cancel_the_answer(client, event):
    url, code = _answer(client, event)
    wrong = "000000" if code != "000000" else "111111"
    response = client.post(url, {"code": wrong})
    assert response.status_code == 400
    assert french("This code is not right. Check the email and try again.") in (
        response.content.decode()
    )
    assert RSVP.objects.get().confirmed_at is None
    for _ in range(4):
        response = client.post(url, {"code": wrong})
    assert french("Too many wrong codes. Please answer again.") in response.content.decode()
    # Even the right code no longer works, and the places are free again.
    assert client.post(url, {"code": code}).status_code == 400
    assert not RSVP.objects.holding().exists()
    assert rsvps.places_left(event) == 3


@pytest.mark.parametrize("code", ["", " ", "x" * 5000, "<script>", "12 34 5"])
def test_hostile_codes_get_a_clear_message(client, event, code):
    url, _right = _answer(client, event)
    response = client.post(url, {"code": code})
    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()
    assert RSVP.objects.get().confirmed_at is None


def test_an_unconfirmed_answer_holds_its_places_then_frees_them(client, event):
    _answer(client, event, people="3")
    assert rsvps.places_left(event) == 0
    full = client.post(event.url, {**ANSWER, "email": "other@example.org", "people": "1"})
    assert full.status_code == 400
    assert french("Sorry, this event is full.") in full.content.decode()
    _lapse(RSVP.objects.get())
    assert rsvps.places_left(event) == 3
    assert client.post(event.url, {**ANSWER, "email": "other@example.org"}).status_code == 302


def test_a_lapsed_hold_still_confirms_while_places_are_left(client, event):
    url, code = _answer(client, event)
    _lapse(RSVP.objects.get())
    assert client.post(url, {"code": code}).status_code == 302
    assert RSVP.objects.active().get().people == 2


def test_a_lapsed_hold_whose_places_were_taken_is_refused(client, event):
    url, code = _answer(client, event)
    _lapse(RSVP.objects.get())
    RSVPFactory(event=event, people=3)
    response = client.post(url, {"code": code})
    assert response.status_code == 400
    assert french("Sorry, this event is full.") in response.content.decode()
    assert RSVP.objects.active().count() == 1


def test_an_expired_link_is_a_clear_page(client, event):
    _answer(client, event)
    rsvp = RSVP.objects.get()
    expired = make("rsvp-confirm", rsvp, max_age=datetime.timedelta(seconds=-1))
    response = client.get(f"/fr/events/answer/{expired}/confirm/")
    assert response.status_code == 400
    assert rsvp.email not in response.content.decode()


@pytest.mark.parametrize("purpose", ["rsvp", "booking"])
def test_a_link_made_for_another_use_does_not_confirm(client, event, purpose):
    _url, code = _answer(client, event)
    rsvp = RSVP.objects.get()
    response = client.post(f"/fr/events/answer/{make(purpose, rsvp)}/confirm/", {"code": code})
    assert response.status_code == 400
    assert RSVP.objects.get().confirmed_at is None


def test_a_confirmation_sent_again_counts_once(client, event):
    url, code = _answer(client, event)
    assert client.post(url, {"code": code}).status_code == 302
    again = client.post(url, {"code": code})
    assert again.status_code == 302
    assert (
        french("Your answer is already confirmed.")
        in client.get(again["Location"]).content.decode()
    )
    assert rsvps.places_taken(event) == 2
    assert len([m for m in mail.outbox if m.attachments]) == 1


def test_nobody_changes_someone_elses_answer_without_their_code(client, event):
    """Typing another family's address holds a new answer apart; theirs stays as it was."""
    theirs = RSVPFactory(event=event, email="samira@example.org", people=1)
    url, code = _answer(client, event, people="2")
    theirs.refresh_from_db()
    assert theirs.people == 1 and theirs.confirmed_at is not None
    assert RSVP.objects.count() == 2
    # With the code (the owner of the address), the answer is changed, not doubled.
    assert client.post(url, {"code": code}).status_code == 302
    (answer,) = RSVP.objects.all()
    assert (answer.pk, answer.people) == (theirs.pk, 2)
    assert (
        french(
            "You had already answered: your answer is changed. We have sent you an email with the "
            "event."
        )
        in client.get(event.url).content.decode()
    )


def test_answering_again_before_confirming_replaces_the_waiting_answer(client, event):
    first_url, first_code = _answer(client, event, people="3")
    url, code = _answer(client, event, people="2")
    assert RSVP.objects.get().people == 2
    assert client.post(first_url, {"code": first_code}).status_code == 400
    assert client.post(url, {"code": code}).status_code == 302
    assert rsvps.places_taken(event) == 2


def test_a_signed_in_parent_answering_for_themselves_needs_no_code(client, event, parent):
    client.force_login(parent)
    response = client.post(event.url, {**ANSWER, "email": parent.email.upper()})
    assert response.status_code == 302 and response["Location"].startswith(event.url)
    assert RSVP.objects.active().get().user == parent


def test_a_signed_in_parent_answering_for_another_address_needs_its_code(client, event, parent):
    client.force_login(parent)
    url, _code_sent = _answer(client, event, email="someone.else@example.org")
    assert "/confirm/" in url
    assert not RSVP.objects.active().exists()


def test_the_organiser_sees_only_confirmed_answers(client, event, teacher):
    _answer(client, event, name="Pas encore confirmé")
    RSVPFactory(event=event, name="Famille confirmée")
    client.force_login(teacher)
    page = client.get(f"/fr/events/{event.pk}/answers/").content.decode()
    assert "Famille confirmée" in page and "Pas encore confirmé" not in page


def test_a_full_event_is_refused_before_any_code_is_made(client, event, monkeypatch):
    RSVPFactory(event=event, people=3)
    hashed = []
    monkeypatch.setattr(rsvps, "make_password", lambda code: hashed.append(code) or "x")
    response = client.post(event.url, ANSWER)
    assert response.status_code == 400
    assert hashed == [] and mail.outbox == []


def test_codes_never_typed_are_deleted_after_a_day(event):
    from pages.events.tasks import tidy

    waiting = RSVPFactory(event=event, confirmed_at=None, held_until=timezone.now())
    RSVP.objects.filter(pk=waiting.pk).update(
        created_at=timezone.now() - rsvps.CODE_VALID - datetime.timedelta(minutes=1)
    )
    kept = RSVPFactory(event=event)
    tidy()
    assert list(RSVP.objects.all()) == [kept]


@pytest.mark.django_db(transaction=True)
def test_two_codes_typed_at_once_for_the_last_place_give_it_once(home, locales):
    """Two held answers lapsed, one place left: typed at the same moment, one is confirmed."""
    from tests.pages.events.factories import EventIndexPageFactory

    event = EventPageFactory(
        parent=EventIndexPageFactory(parent=home),
        rsvp_enabled=True,
        capacity=1,
        start=_at(5),
        end=_at(5, 19),
    )
    held = []
    for n in range(2):
        answer = RSVP(name=f"Famille {n}", email=f"f{n}@example.org", people=1)
        code = rsvps.hold(event, answer)
        _lapse(answer)
        held.append((answer, code))
    barrier = threading.Barrier(2)
    outcomes = []

    def confirm(answer, code):
        try:
            barrier.wait()
            outcomes.append("confirmed" if rsvps.confirm(answer, code) else "wrong")
        except rsvps.Refused:
            outcomes.append("refused")
        finally:
            connection.close()

    threads = [threading.Thread(target=confirm, args=pair) for pair in held]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["confirmed", "refused"]
    assert RSVP.objects.active().count() == 1
