"""Mail that is not urgent waits for the end of the school holidays; urgent mail does not."""

import datetime
import zoneinfo

import pytest

from pages.events.mail import reminder_time
from portal.notify.quiet_hours import next_allowed_time
from portal.schools import school_of
from tests.pages.events.factories import BookingFactory, SlotFactory

pytestmark = pytest.mark.django_db
PARIS = zoneinfo.ZoneInfo("Europe/Paris")


def at(*args):
    return datetime.datetime(*args, tzinfo=PARIS)


def test_a_message_due_in_the_christmas_holidays_leaves_on_the_first_school_day(zone_a):
    """Tuesday 22 December 2026, zone A: the holidays end on Sunday 3 January."""
    school = school_of(zone_a)
    assert next_allowed_time(school, at(2026, 12, 22, 10, 0)) == at(2027, 1, 4, 10, 0)
    # An urgent message (a change of timetable tomorrow) still leaves, within quiet hours.
    assert next_allowed_time(school, at(2026, 12, 22, 10, 0), urgent=True) == at(
        2026, 12, 22, 10, 0
    )
    # A school day is not moved.
    assert next_allowed_time(school, at(2026, 12, 15, 10, 0)) == at(2026, 12, 15, 10, 0)


def test_a_public_holiday_waits_too(zone_a):
    """Monday 25 May 2026 is Whit Monday (a public holiday): the message waits for Tuesday."""
    school = school_of(zone_a)
    assert next_allowed_time(school, at(2026, 5, 25, 9, 0)) == at(2026, 5, 26, 9, 0)


def test_a_reminder_due_in_the_holidays_waits_or_is_not_sent(zone_a, teacher):
    """A meeting on the first morning back: its reminder would be due on the last Sunday of the
    holidays, and waiting would bring it after the meeting: the confirmation is enough."""
    school = school_of(zone_a)
    now = at(2026, 12, 1, 12, 0)
    back = BookingFactory(
        slot=SlotFactory(host=teacher, start=at(2027, 1, 4, 17, 0), end=at(2027, 1, 4, 17, 15))
    )
    assert reminder_time(back, school, now) is None
    before = BookingFactory(
        slot=SlotFactory(host=teacher, start=at(2026, 12, 15, 17, 0), end=at(2026, 12, 15, 17, 15))
    )
    assert reminder_time(before, school, now) == at(2026, 12, 14, 17, 0)
