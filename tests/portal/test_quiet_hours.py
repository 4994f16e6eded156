import datetime
import zoneinfo

import pytest

from portal.models import SchoolSettings
from portal.notify.quiet_hours import in_quiet_hours, next_allowed_time
from portal.schools import School

PARIS = zoneinfo.ZoneInfo("Europe/Paris")


@pytest.fixture
def school():
    return School(
        site=None,
        settings=SchoolSettings(
            time_zone="Europe/Paris",
            quiet_hours_start=datetime.time(20, 0),
            quiet_hours_end=datetime.time(7, 0),
            quiet_on_sundays=True,
        ),
    )


def at(day, hour, minute=0):
    return datetime.datetime(2026, 11, day, hour, minute, tzinfo=PARIS)


def test_daytime_email_leaves_at_once(school):
    """A Tuesday afternoon email is not held back."""
    assert next_allowed_time(school, at(24, 15)) == at(24, 15)


def test_evening_email_waits_for_the_morning(school):
    """Written at 21:30 on a Tuesday, it leaves at 07:00 on Wednesday."""
    assert next_allowed_time(school, at(24, 21, 30)) == at(25, 7)
    assert next_allowed_time(school, at(25, 6, 59)) == at(25, 7)


def test_saturday_night_email_waits_for_monday(school):
    """Sundays are quiet: a Saturday 22:00 email leaves on Monday at 07:00."""
    assert in_quiet_hours(school, at(29, 12))
    assert next_allowed_time(school, at(28, 22)) == at(30, 7)


def test_without_quiet_sundays_sunday_noon_is_fine(school):
    school.settings.quiet_on_sundays = False
    assert next_allowed_time(school, at(29, 12)) == at(29, 12)


def test_time_zone_of_the_school_is_used(school):
    """19:30 UTC is 20:30 in Paris: quiet."""
    utc = datetime.datetime(2026, 11, 24, 19, 30, tzinfo=datetime.UTC)
    assert in_quiet_hours(school, utc)
    assert next_allowed_time(school, utc) == at(25, 7)
