"""The demo school's calendar: Lyon is in zone A, there is no class on Wednesdays, and the team
has one pedagogical day in the weeks the demo shows. Dates are found from the calendar, so that
the demo stays right in later school years."""

import datetime

from django.utils import timezone

from portal.school_calendar.calendar import calendar_for
from portal.school_calendar.models import DayKind, SchoolCalendarSettings, SchoolDay

WEDNESDAY, SATURDAY, SUNDAY, MONDAY = 2, 5, 6, 0


def ensure_calendar(site, today=None):
    """Set the demo school's calendar once; a Director's later changes are kept."""
    settings = SchoolCalendarSettings.for_site(site)
    if not settings.zone:
        settings.country = "fr"
        settings.zone = "A"
        settings.days_without_class = [WEDNESDAY, SATURDAY, SUNDAY]
        settings.save()
    if not SchoolDay.objects.filter(site=site).exists():
        school = calendar_for(site)
        anchor = first_school_day(school, today or _today(school))
        day = nth_school_weekday(school, anchor, MONDAY, 3)
        SchoolDay.objects.create(
            site=site,
            kind=DayKind.PEDAGOGICAL,
            start=day,
            end=day,
            note="Formation des enseignants",
        )
    return calendar_for(site)


def _today(school):
    return timezone.now().astimezone(school.zone).date()


def first_school_day(school, today):
    """Today when there is class, else the next school day: where the demo's weeks begin."""
    return today if school.is_school_day(today) else school.next_school_day(today)


def in_term(school, day):
    """Not in the holidays nor on a day off (a Saturday in term time is in term)."""
    return not school.is_day_off(day)


def _school_year(anchor):
    first = datetime.date(anchor.year if anchor.month >= 9 else anchor.year - 1, 9, 1)
    return first, datetime.date(first.year + 1, 8, 31)


def matching_days(anchor, fits, count):
    """Up to `count` days that fit, from `anchor` on, within its school year; when the year
    ends first, the nearest days before `anchor` complete them. In date order."""
    first, last = _school_year(anchor)
    one = datetime.timedelta(days=1)
    found, day = [], anchor
    while day <= last and len(found) < count:
        if fits(day):
            found.append(day)
        day += one
    day = anchor - one
    while day >= first and len(found) < count:
        if fits(day):
            found.append(day)
        day -= one
    return sorted(found)


def nth_school_weekday(school, anchor, weekday, n):
    """The `n`th `weekday` from `anchor` on that is a school day, within the anchor's school
    year (counted back from the anchor when the year ends first)."""
    found = matching_days(
        anchor, lambda day: day.weekday() == weekday and school.is_school_day(day), n
    )
    later = [day for day in found if day >= anchor]
    if len(later) == n:
        return later[-1]
    return found[0] if len(found) == n else None


def school_weekdays(school, anchor, weekday, count):
    """`count` school days that are this weekday, from `anchor` on."""
    return matching_days(
        anchor, lambda day: day.weekday() == weekday and school.is_school_day(day), count
    )


def first_weekday_of_months(school, anchor, weekday, count):
    """The first `weekday` of `count` months from `anchor` on, when it is a school day."""
    return matching_days(
        anchor,
        lambda day: day.weekday() == weekday and day.day <= 7 and school.is_school_day(day),
        count,
    )


def last_weekday_before_holidays(school, anchor, weekday):
    """The last `weekday` in term time before the next holidays, at least a day after `anchor`."""
    after = anchor
    for _n in range(4):
        holidays = school.next_holidays(after)
        if holidays is None:
            return None
        day = holidays.start - datetime.timedelta(days=1)
        while day > anchor:
            if day.weekday() == weekday and in_term(school, day):
                return day
            day -= datetime.timedelta(days=1)
        after = holidays.end + datetime.timedelta(days=1)
    return None
