"""Days at the edge of the calendar and numbers too long for Python or the database, typed into
addresses and forms of the agenda and appointments: a page with a message, or 404, never an error."""

import pytest

from pages.events.models import RSVP, Booking
from portal.notify.links import make
from tests.i18n import french
from tests.pages.events.factories import (
    BookingFactory,
    EventPageFactory,
    RSVPFactory,
    SlotFactory,
)

pytestmark = pytest.mark.django_db

#: Longer than Python's limit for turning text into an integer (4,300 digits).
TOO_LONG = "9" * 5_000
#: Fits Python, not a 64-bit database integer.
TOO_BIG = "99999999999999999999"


@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01", "9999-12-30"])
def test_my_day_at_the_edge_of_the_calendar_shows_a_day(client, teacher, day):
    client.force_login(teacher)
    response = client.get(f"/fr/appointments/my-day/?day={day}")
    assert response.status_code == 200
    assert french("Next day") in response.content.decode()


@pytest.mark.parametrize("number", [TOO_LONG, TOO_BIG])
def test_attendance_with_numbers_too_long_saves_nothing_wrong(client, teacher, agenda, number):
    event = EventPageFactory(parent=agenda)
    answer = RSVPFactory(event=event)
    client.force_login(teacher)
    response = client.post(f"/fr/events/{event.pk}/answers/", {"came": [number, str(answer.pk)]})
    assert response.status_code == 302
    assert RSVP.objects.get(pk=answer.pk).attended is True


@pytest.mark.parametrize("number", [TOO_LONG, TOO_BIG])
def test_moving_a_booking_to_a_slot_too_long_is_refused(client, teacher, site, number):
    booking = BookingFactory(slot=SlotFactory(host=teacher))
    response = client.post(
        f"/fr/appointments/booking/{make('booking', booking)}/", {"slot": number}
    )
    assert response.status_code == 400
    assert french("This time is no longer free. Please choose another one.") in (
        response.content.decode()
    )
    assert Booking.objects.get(pk=booking.pk).slot_id == booking.slot_id


@pytest.mark.parametrize("number", [TOO_LONG, TOO_BIG])
def test_appointments_with_a_host_too_long_lists_the_teachers(client, teacher, site, number):
    SlotFactory(host=teacher)
    response = client.get(f"/fr/appointments/?host={number}")
    assert response.status_code == 200
    assert teacher.last_name in response.content.decode()


def test_an_event_id_too_big_for_the_database_is_not_found(client, agenda, teacher):
    assert client.get(f"/feeds/events/{TOO_BIG}.ics").status_code == 404
    client.force_login(teacher)
    assert client.get(f"/fr/events/{TOO_BIG}/answers/").status_code == 404
    assert client.get(f"/fr/appointments/slot/{TOO_BIG}/").status_code == 404


def test_an_id_too_long_for_python_is_not_found(client, agenda, teacher):
    assert client.get(f"/feeds/events/{TOO_LONG}.ics").status_code == 404
    client.force_login(teacher)
    assert client.get(f"/fr/events/{TOO_LONG}/answers/").status_code == 404
    assert client.get(f"/fr/appointments/slot/{TOO_LONG}/").status_code == 404
