"""Each school year of a school is computed once and cached; the cache follows every change of
the settings or of the school's own days."""

import pytest

from portal.school_calendar.calendar import SCHOOL_HOLIDAY, calendar_for
from portal.school_calendar.models import DayKind, SchoolDay

from .conftest import d, school_day, set_calendar

pytestmark = pytest.mark.django_db


def test_a_cached_school_year_reads_no_days_from_the_database(zone_a, django_assert_num_queries):
    calendar_for(zone_a).entries_between(d("2026-12-01"), d("2026-12-31"))
    school = calendar_for(zone_a)  # a new request, another process: the shared cache answers
    with django_assert_num_queries(0):
        school.entries_between(d("2026-12-01"), d("2026-12-31"))
        school.is_school_day(d("2026-12-21"))
        school.next_school_day(d("2026-12-18"))


def test_a_new_day_of_the_school_is_seen_at_once(zone_a):
    calendar_for(zone_a).is_school_day(d("2026-12-07"))
    school_day(zone_a, DayKind.PEDAGOGICAL, d("2026-12-07"))
    assert not calendar_for(zone_a).is_school_day(d("2026-12-07"))


def test_a_changed_or_deleted_day_is_seen_at_once(zone_a):
    day = school_day(zone_a, DayKind.CLOSURE, d("2026-12-07"))
    assert not calendar_for(zone_a).is_school_day(d("2026-12-07"))
    day.start = day.end = d("2026-12-08")
    day.save()
    assert calendar_for(zone_a).is_school_day(d("2026-12-07"))
    assert not calendar_for(zone_a).is_school_day(d("2026-12-08"))
    SchoolDay.objects.get(pk=day.pk).delete()
    assert calendar_for(zone_a).is_school_day(d("2026-12-08"))


def test_a_change_of_zone_is_seen_at_once(zone_a):
    def winter():
        found = calendar_for(zone_a).entries_between(d("2027-02-01"), d("2027-03-10"))
        return [(e.start, e.end) for e in found if e.kind == SCHOOL_HOLIDAY]

    assert winter() == [(d("2027-02-13"), d("2027-02-28"))]
    set_calendar(zone_a, zone="C")
    assert winter() == [(d("2027-02-06"), d("2027-02-21"))]


@pytest.mark.parametrize("count", [10, 200])
def test_queries_do_not_grow_with_the_schools_days(zone_a, count, django_assert_max_num_queries):
    """However many days the school sets, a school year costs the same few queries."""
    SchoolDay.objects.bulk_create(
        SchoolDay(site=zone_a, kind=DayKind.CLOSURE, start=d("2026-09-07"), end=d("2026-09-07"))
        for _n in range(count)
    )
    set_calendar(zone_a)  # bulk_create sends no signal: a settings save gives a new revision
    with django_assert_max_num_queries(3):
        school = calendar_for(zone_a)
        school.entries_between(d("2026-09-01"), d("2027-08-31"))
