import datetime
import re
import threading
import zoneinfo

from django.core import mail
from django.db import IntegrityError, connection, transaction
from django.utils import timezone

import icalendar
import pytest

from pages.events import appointments
from pages.events.mail import reminder_time, schedule_reminder
from pages.events.models import Booking, Slot
from portal.notify.links import make
from portal.notify.models import Message
from portal.schools import school_of
from tests.factories import UserFactory
from tests.i18n import french
from tests.pages.events.factories import BookingFactory, SlotFactory

pytestmark = pytest.mark.django_db

PARIS = zoneinfo.ZoneInfo("Europe/Paris")
FORM = {
    "name": "Samira Benali",
    "email": "samira@example.org",
    "child_class": "CM1 B",
    "companion": "interpreter",
    "interpreter_language": "arabe",
    "mode": "in-person",
}


@pytest.fixture
def slot(teacher, site):
    return SlotFactory(host=teacher)


def _code(message):
    return re.search(r"\b(\d{6})\b", message.body).group(1)


def test_open_slots_in_bulk(client, teacher, site):
    """Tuesdays 16:30–19:00, every 15 minutes, for four weeks: 40 slots."""
    client.force_login(teacher)
    first = timezone.localdate() + datetime.timedelta(days=1)
    data = {
        "first_day": first.isoformat(),
        "weekday": "1",
        "start": "16:30",
        "end": "19:00",
        "minutes": "15",
        "weeks": "4",
        "place": "Salle 3",
    }
    response = client.post("/fr/appointments/open/", data)
    assert response.status_code == 302
    slots = list(Slot.objects.filter(host=teacher))
    assert len(slots) == 40
    assert {s.start.astimezone(PARIS).weekday() for s in slots} == {1}
    assert min(s.start.astimezone(PARIS).time() for s in slots) == datetime.time(16, 30)
    assert max(s.end.astimezone(PARIS).time() for s in slots) == datetime.time(19, 0)
    # Opening the same times again creates no duplicate.
    client.post("/fr/appointments/open/", data)
    assert Slot.objects.filter(host=teacher).count() == 40


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("end", "16:00"),
        ("minutes", "0"),
        ("weeks", "500"),
        ("first_day", "yesterday"),
        ("place", "x" * 10_000),
        ("weekday", "9"),
    ],
)
def test_open_slots_wrong_input(client, teacher, site, field, value):
    client.force_login(teacher)
    first = timezone.localdate() + datetime.timedelta(days=1)
    data = {
        "first_day": first.isoformat(),
        "weekday": "1",
        "start": "16:30",
        "end": "19:00",
        "minutes": "15",
        "weeks": "4",
        field: value,
    }
    response = client.post("/fr/appointments/open/", data)
    assert response.status_code == 400
    assert not Slot.objects.exists()


def test_staff_views_refuse_other_roles(client, parent, representative, site):
    for url in ("/fr/appointments/open/", "/fr/appointments/my-day/"):
        assert client.get(url).status_code == 302
        for person in (parent, representative):
            client.force_login(person)
            assert client.get(url).status_code == 403
        client.logout()


def test_teacher_sees_only_their_own_appointments(client, teacher, site):
    other = UserFactory(email="autre@example.org", role="Teacher")
    mine = BookingFactory(slot=SlotFactory(host=teacher), name="Famille Diallo")
    BookingFactory(slot=SlotFactory(host=other, start=mine.slot.start), name="Famille Secrète")
    client.force_login(teacher)
    day = mine.slot.start.astimezone(PARIS).date().isoformat()
    html = client.get(f"/fr/appointments/my-day/?day={day}").content.decode()
    assert "Famille Diallo" in html and "Famille Secrète" not in html


def test_parent_with_account_books_at_once_and_gets_ics(client, parent, slot):
    """The confirmation email carries the meeting as an .ics file."""
    client.force_login(parent)
    response = client.post(f"/fr/appointments/slot/{slot.pk}/", FORM)
    assert response.status_code == 302
    booking = Booking.objects.get()
    assert booking.confirmed_at and booking.user == parent
    assert (booking.companion, booking.interpreter_language) == ("interpreter", "arabe")
    confirmation = mail.outbox[0]
    (filename, content, mimetype) = confirmation.attachments[0]
    assert mimetype == "text/calendar"
    (vevent,) = icalendar.Calendar.from_ical(content).walk("VEVENT")
    assert vevent["DTSTART"].dt == slot.start
    assert vevent["UID"] == f"appointment-{booking.pk}@testserver"


def test_booking_without_account_needs_the_emailed_code(client, slot):
    response = client.post(f"/fr/appointments/slot/{slot.pk}/", FORM)
    assert response.status_code == 302
    booking = Booking.objects.get()
    assert booking.confirmed_at is None
    assert booking.code_hash and _code(mail.outbox[0]) not in booking.code_hash
    confirm_url = response["Location"]
    wrong = client.post(
        confirm_url, {"code": "000000" if _code(mail.outbox[0]) != "000000" else "111111"}
    )
    assert wrong.status_code == 400
    right = client.post(confirm_url, {"code": _code(mail.outbox[0])})
    assert right.status_code == 302
    booking.refresh_from_db()
    assert booking.confirmed_at is not None
    assert any(m.attachments for m in mail.outbox[1:])


def test_too_many_wrong_codes_free_the_slot(client, slot):
    response = client.post(f"/fr/appointments/slot/{slot.pk}/", FORM)
    confirm_url = response["Location"]
    code = _code(mail.outbox[0])
    wrong = "123456" if code != "123456" else "654321"
    for _n in range(appointments.CODE_ATTEMPTS):
        client.post(confirm_url, {"code": wrong})
    last = client.post(confirm_url, {"code": code})
    assert french("This code can no longer be used. Please book again.") in last.content.decode()
    assert Booking.objects.get().cancelled_at is not None
    assert appointments.free_slots().filter(pk=slot.pk).exists()


def test_one_slot_cannot_be_booked_twice_by_the_database(slot):
    BookingFactory(slot=slot)
    with pytest.raises(IntegrityError), transaction.atomic():
        BookingFactory(slot=slot)


def test_second_family_is_told_the_slot_is_taken(client, slot):
    BookingFactory(slot=slot)
    response = client.post(f"/fr/appointments/slot/{slot.pk}/", FORM)
    assert response.status_code == 400
    assert (
        french("Sorry, someone has just booked this time. Please choose another one.")
        in response.content.decode()
    )
    assert Booking.objects.count() == 1


def test_past_slot_cannot_be_booked(client, teacher, site):
    past = SlotFactory(host=teacher, start=timezone.now() - datetime.timedelta(hours=2))
    response = client.post(f"/fr/appointments/slot/{past.pk}/", FORM)
    assert response.status_code == 400
    assert not Booking.objects.exists()


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("email", "nope"),
        ("name", ""),
        ("child_class", "x" * 10_000),
        ("mode", "teleport"),
        ("companion", "interpreter"),
        ("name", "a\x00b"),
    ],
)
def test_wrong_booking_input(client, slot, field, value):
    data = {**FORM, field: value}
    if field == "companion":
        data["interpreter_language"] = ""
    response = client.post(f"/fr/appointments/slot/{slot.pk}/", data)
    assert response.status_code == 400
    assert not Booking.objects.exists()


def test_phone_meeting_needs_a_phone_number(client, slot):
    response = client.post(f"/fr/appointments/slot/{slot.pk}/", {**FORM, "mode": "phone"})
    assert response.status_code == 400
    response = client.post(
        f"/fr/appointments/slot/{slot.pk}/", {**FORM, "mode": "phone", "phone": "0600000000"}
    )
    assert response.status_code == 302


def test_cancel_and_move_through_the_signed_link(client, teacher, site):
    booking = BookingFactory(slot=SlotFactory(host=teacher))
    other = SlotFactory(host=teacher)
    url = f"/fr/appointments/booking/{make('booking', booking)}/"
    assert client.post(url, {"action": "move", "slot": str(other.pk)}).status_code == 302
    booking.refresh_from_db()
    assert booking.slot == other
    assert client.post(url, {"action": "cancel"}).status_code == 302
    booking.refresh_from_db()
    assert booking.cancelled_at is not None
    again = client.get(url)
    assert french("This appointment is cancelled.") in again.content.decode()


def test_move_to_a_taken_slot_is_refused(client, teacher, site):
    booking = BookingFactory(slot=SlotFactory(host=teacher))
    taken = BookingFactory(slot=SlotFactory(host=teacher)).slot
    url = f"/fr/appointments/booking/{make('booking', booking)}/"
    response = client.post(url, {"action": "move", "slot": str(taken.pk)})
    assert response.status_code == 400
    booking.refresh_from_db()
    assert booking.slot != taken


@pytest.mark.parametrize("token", ["abc", "1:x:y", "x"])
def test_tampered_booking_link_is_a_clear_page(client, token, site):
    BookingFactory()
    response = client.get(f"/fr/appointments/booking/{token}/")
    assert response.status_code == 400
    assert "example.org" not in response.content.decode()


def test_reminder_waits_for_the_end_of_quiet_hours(site):
    """A meeting at 18:00 is reminded the day before at 18:00; one at 7:30 waits until 7:00."""
    school = school_of(site)
    now = datetime.datetime(2030, 3, 4, 10, 0, tzinfo=PARIS)  # a Monday
    evening = BookingFactory.build(
        slot=Slot(start=datetime.datetime(2030, 3, 6, 18, 0, tzinfo=PARIS))
    )
    assert reminder_time(evening, school, now) == datetime.datetime(2030, 3, 5, 18, 0, tzinfo=PARIS)
    morning = BookingFactory.build(
        slot=Slot(start=datetime.datetime(2030, 3, 6, 7, 30, tzinfo=PARIS))
    )
    # The day before at 7:30 is allowed (quiet hours end at 7:00).
    assert reminder_time(morning, school, now) == datetime.datetime(2030, 3, 5, 7, 30, tzinfo=PARIS)
    school.settings.quiet_hours_end = datetime.time(8, 0)
    assert reminder_time(morning, school, now) == datetime.datetime(2030, 3, 5, 8, 0, tzinfo=PARIS)
    monday = BookingFactory.build(
        slot=Slot(start=datetime.datetime(2030, 3, 11, 9, 0, tzinfo=PARIS))
    )
    # The day before is a quiet Sunday: the reminder leaves on Monday when quiet hours end.
    assert reminder_time(monday, school, now) == datetime.datetime(2030, 3, 11, 8, 0, tzinfo=PARIS)
    early = BookingFactory.build(
        slot=Slot(start=datetime.datetime(2030, 3, 11, 7, 45, tzinfo=PARIS))
    )
    # No moment is allowed before the meeting: no reminder rather than one during quiet hours.
    assert reminder_time(early, school, now) is None


def test_reminder_is_enqueued_at_the_allowed_time(settings, site, teacher):
    """The reminder waits in the outbox; its task is due at the allowed time."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    from django_tasks import default_task_backend

    start = timezone.now() + datetime.timedelta(days=3)
    booking = BookingFactory(slot=SlotFactory(host=teacher, start=start))
    when = schedule_reminder(booking)
    (result,) = [r for r in default_task_backend.results if r.task.name == "deliver_message"]
    assert result.task.run_after == when
    reminder = Message.objects.get(pk=result.args[0])
    assert (reminder.recipient, reminder.due_at, reminder.sent_at) == (booking.email, when, None)
    # Scheduling it again (a page saved twice, a task retried) writes nothing new.
    assert schedule_reminder(booking) == when
    assert Message.objects.filter(purpose__startswith="booking-reminder").count() == 1


@pytest.mark.django_db(transaction=True)
def test_concurrent_bookings_of_one_slot_give_one_booking(home, locales):
    """Eight families take the same time at the same second: the database keeps one booking."""
    host = UserFactory(email="prof@example.org", role="Teacher")
    slot = SlotFactory(host=host)
    barrier = threading.Barrier(8)
    outcomes = []

    def book(n):
        try:
            barrier.wait()
            booking = Booking(name="Famille", email=f"f{n}@example.org", child_class="CP")
            appointments.book(slot, booking, confirmed=True)
            outcomes.append("booked")
        except appointments.Refused:
            outcomes.append("refused")
        finally:
            connection.close()

    threads = [threading.Thread(target=book, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    active = Booking.objects.active().filter(slot=slot).count()
    assert len(outcomes) == 8
    assert active == outcomes.count("booked") <= 1
    if connection.vendor == "postgresql":
        assert active == 1


def test_teacher_and_director_hear_of_a_booking_with_an_interpreter(client, parent, slot, director):
    """The host is told of the meeting; the Director too, to find an interpreter in time."""
    director.language = "ar"
    director.save()
    client.force_login(parent)
    client.post(f"/fr/appointments/slot/{slot.pk}/", FORM)
    told = {m.to[0]: m for m in mail.outbox if m.to[0] in (slot.host.email, director.email)}
    assert set(told) == {slot.host.email, director.email}
    assert (
        "arabe" in told[slot.host.email].subject and "Samira Benali" in told[slot.host.email].body
    )
    assert "/fr/appointments/my-day/?day=" in told[slot.host.email].body
    assert told[director.email].extra_headers["Content-Language"] == "ar"
    assert "/appointments/booking/" not in told[slot.host.email].body


def test_without_interpreter_only_the_host_hears_of_it(client, parent, slot, director):
    client.force_login(parent)
    client.post(f"/fr/appointments/slot/{slot.pk}/", {**FORM, "companion": ""})
    recipients = [m.to[0] for m in mail.outbox]
    assert slot.host.email in recipients and director.email not in recipients
