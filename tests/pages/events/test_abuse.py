"""One client, or one email address, cannot take every place of an event or every free time of
a teacher: answers and bookings are limited per client address and per email address, an
unconfirmed booking holds its time only briefly, and a refused booking costs no code hashing."""

import datetime

from django.core import mail
from django.core.cache import cache
from django.utils import timezone

import pytest

from pages.events import appointments
from pages.events.models import RSVP, Booking
from tests.i18n import french
from tests.pages.events.factories import BookingFactory, EventPageFactory, SlotFactory

pytestmark = pytest.mark.django_db

FORM = {"name": "Samira Benali", "child_class": "CM1 B", "mode": "in-person"}
TOO_MANY = (
    "Too many requests from this connection or for this email address. Please try again in an hour."
)


@pytest.fixture(autouse=True)
def _fresh_limits():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def event(agenda):
    return EventPageFactory(parent=agenda, rsvp_enabled=True, capacity=30)


def test_one_client_cannot_fill_an_event(client, event):
    """Six answers with six addresses from one connection: the last ones are refused."""
    statuses = [
        client.post(
            event.url, {"name": "X", "email": f"x{n}@example.org", "people": "1"}
        ).status_code
        for n in range(8)
    ]
    assert statuses[:5] == [302] * 5
    response = client.post(event.url, {"name": "X", "email": "y@example.org", "people": "1"})
    assert response.status_code == 429
    assert french(TOO_MANY) in response.content.decode()
    assert RSVP.objects.count() == 5


def test_one_address_cannot_be_answered_for_from_everywhere(client, event):
    statuses = [
        client.post(
            event.url,
            {"name": "X", "email": "victim@example.org", "people": "1"},
            REMOTE_ADDR=f"203.0.113.{n}",
        ).status_code
        for n in range(5)
    ]
    assert statuses[:3] == [302] * 3 and statuses[3:] == [429, 429]
    assert RSVP.objects.count() == 1


def test_one_client_cannot_hold_every_free_time(client, teacher):
    slots = [SlotFactory(host=teacher) for _ in range(6)]
    statuses = [
        client.post(
            f"/fr/appointments/slot/{slot.pk}/", {**FORM, "email": f"p{n}@example.org"}
        ).status_code
        for n, slot in enumerate(slots)
    ]
    assert statuses == [302, 302, 302, 429, 429, 429]
    assert Booking.objects.count() == 3
    assert len(mail.outbox) == 3


def test_an_address_that_does_not_confirm_gets_no_more_codes(client, teacher):
    slots = [SlotFactory(host=teacher) for _ in range(4)]
    for n, slot in enumerate(slots):
        client.post(
            f"/fr/appointments/slot/{slot.pk}/",
            {**FORM, "email": "victim@example.org"},
            REMOTE_ADDR=f"203.0.113.{n}",
        )
    assert len(mail.outbox) == 2


def test_a_lapsed_hold_shows_the_time_as_free(client, teacher):
    slot = SlotFactory(host=teacher)
    held = BookingFactory(slot=slot, confirmed_at=None)
    assert slot not in appointments.free_slots(host=teacher)
    Booking.objects.filter(pk=held.pk).update(
        created_at=timezone.now() - appointments.PENDING_HOLD - datetime.timedelta(minutes=1)
    )
    assert slot in appointments.free_slots(host=teacher)
    page = client.get(f"/fr/appointments/?host={teacher.pk}").content.decode()
    assert f"/fr/appointments/slot/{slot.pk}/" in page


def test_an_unconfirmed_booking_holds_its_time_briefly():
    assert datetime.timedelta(minutes=10) >= appointments.PENDING_HOLD


def test_a_taken_time_is_refused_before_any_code_is_made(client, teacher, monkeypatch):
    slot = SlotFactory(host=teacher)
    BookingFactory(slot=slot)
    hashed = []
    monkeypatch.setattr(appointments, "make_password", lambda code: hashed.append(code) or "x")
    response = client.post(f"/fr/appointments/slot/{slot.pk}/", {**FORM, "email": "a@example.org"})
    assert response.status_code == 400
    assert hashed == []
    assert Booking.objects.count() == 1
