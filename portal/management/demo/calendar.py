"""The demo school's calendar: Lyon is in zone A, there is no class on Wednesdays, and the team
has one pedagogical day in the weeks the demo shows. Dates are found from the calendar, so that
the demo stays right in later school years."""

import datetime

from django.utils import timezone

from portal.school_calendar.calendar import calendar_for
from portal.school_calendar.models import DayKind, SchoolCalendarSettings, SchoolDay

WEDNESDAY, SATURDAY, SUNDAY, MONDAY = 2, 5, 6, 0


def ensure_calendar(site):
    """Set the demo school's calendar once; a Director's later changes are kept."""
    settings = SchoolCalendarSettings.for_site(site)
    if not settings.zone:
        settings.country = "fr"
        settings.zone = "A"
        settings.days_without_class = [WEDNESDAY, SATURDAY, SUNDAY]
        settings.save()
    if not SchoolDay.objects.filter(site=site).exists():
        school = calendar_for(site)
        day = nth_school_weekday(school, first_school_day(school, _today(school)), MONDAY, 3)
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


def nth_school_weekday(school, anchor, weekday, n, school_days_only=True):
    """The `n`th `weekday` from `anchor` on that is a school day (or, with `school_days_only`
    False, in term time). Within the anchor's school year: when the year ends first, the `n`th
    before the anchor."""
    end_of_year = datetime.date(anchor.year if anchor.month < 9 else anchor.year + 1, 8, 31)
    fits = school.is_school_day if school_days_only else (lambda d: in_term(school, d))
    for step in (1, -1):
        day, found = anchor, 0
        if step < 0:
            day -= datetime.timedelta(days=1)
        while datetime.date(end_of_year.year - 1, 9, 1) <= day <= end_of_year:
            if day.weekday() == weekday and fits(day):
                found += 1
                if found == n:
                    return day
            day += datetime.timedelta(days=step)
    return None


def school_weekdays(school, anchor, weekday, count):
    """The next `count` school days that are this weekday, from `anchor` on."""
    return [nth_school_weekday(school, anchor, weekday, n) for n in range(1, count + 1)]


def first_weekday_of_months(school, anchor, weekday, count):
    """The first `weekday` of each month from `anchor` on, `count` months, kept only when it is a
    school day."""
    found, month = [], anchor.replace(day=1)
    for _n in range(count + 3):
        day = month + datetime.timedelta(days=(weekday - month.weekday()) % 7)
        if day >= anchor and school.is_school_day(day):
            found.append(day)
        if len(found) == count:
            break
        month = (month + datetime.timedelta(days=32)).replace(day=1)
    return found


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
