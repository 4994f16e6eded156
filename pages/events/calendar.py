"""The agenda's views (month, week, list, archive), computed from GET parameters only, so that
they work without JavaScript and every view has its own address."""

import calendar
import datetime
from itertools import groupby

from django.utils import timezone

from portal.school_calendar.calendar import calendar_for
from portal.schools import school_of

from .choices import PUBLIC_AUDIENCES, Audience, Category
from .models import EventPage, agenda_version

VIEWS = ("month", "week", "list")
LIST_DAYS = 62
ARCHIVE_DAYS = 365


#: Months and weeks further off than this are refused (a grid near year 1 or 9999 overflows).
YEARS = range(1950, 2200)


def _month(value, today):
    try:
        year, month = (int(part) for part in (value or "").split("-"))
        if year in YEARS:
            return datetime.date(year, month, 1)
    except (TypeError, ValueError):
        pass
    return today.replace(day=1)


def day_or_today(value, today):
    try:
        day = datetime.date.fromisoformat(value or "")
    except ValueError:
        return today
    return day if day.year in YEARS else today


def _bounds(first, last, zone):
    since = datetime.datetime.combine(first, datetime.time(0), zone)
    until = datetime.datetime.combine(last + datetime.timedelta(days=1), datetime.time(0), zone)
    return since, until


def _by_day(found):
    return {day: list(items) for day, items in groupby(found, key=lambda occ: occ.start.date())}


def _with_urls(found, request):
    """Resolve each event's URL once, however many times it repeats in the view; with the
    "after work" filter, keep only the evening and weekend occurrences."""
    if request.GET.get("after_work") == "1":
        found = [occ for occ in found if occ.after_work]
    for occ in found:
        if not hasattr(occ.event, "agenda_url"):
            occ.event.agenda_url = occ.event.get_url(request)
    return found


class LazyMonth:
    """The month's occurrences by day, read from the database only if the grid is rendered."""

    def __init__(self, load):
        self._load, self._days = load, None

    def _get(self):
        if self._days is None:
            self._days = _by_day(self._load())
        return self._days

    def on(self, day):
        return _LazyDay(self, day)

    def __bool__(self):
        return bool(self._get())


class _LazyDay:
    def __init__(self, month, day):
        self.month, self.day = month, day

    def __iter__(self):
        return iter(self.month._get().get(self.day, []))

    def __bool__(self):
        return bool(self.month._get().get(self.day))


def agenda_context(index, request):
    school = school_of(request)
    zone = school.zone
    today = timezone.now().astimezone(zone).date()
    params = request.GET
    view = params.get("view") if params.get("view") in VIEWS else "month"
    category = params.get("category") if params.get("category") in Category.values else ""
    audience = params.get("audience") if params.get("audience") in Audience.values else ""
    archive = params.get("archive") == "1"
    after_work = params.get("after_work") == "1"
    events = (
        EventPage.objects.in_language(index.locale)
        .in_site(school.site)
        .for_whom(category, audience)
    )
    school_days = calendar_for(request)
    filters = {"category": category, "audience": audience, "after_work": after_work}
    context = {
        "view": "archive" if archive else view,
        "filters": filters,
        "categories": Category.choices,
        "audiences": PUBLIC_AUDIENCES,
        "today": today,
        "zone": zone,
    }
    if archive:
        since, until = _bounds(today - datetime.timedelta(days=ARCHIVE_DAYS), today, zone)
        found = [
            occ
            for occ in events.occurrences_between(since, until, zone)
            if occ.end <= timezone.now()
        ]
        context["days"] = sorted(_by_day(_with_urls(found, request)).items(), reverse=True)
    elif view == "month":
        first = _month(params.get("month"), today)
        weeks = calendar.Calendar(firstweekday=0).monthdatescalendar(first.year, first.month)
        since, until = _bounds(weeks[0][0], weeks[-1][-1], zone)
        # The grid is cached as rendered HTML under this key; events are only read on a miss.
        cache_key = [
            index.pk,
            first.isoformat(),
            today.isoformat(),
            category,
            audience,
            after_work,
            zone.key,
            agenda_version(),
            school_days.revision,
        ]
        by_day = LazyMonth(
            lambda: _with_urls(events.occurrences_between(since, until, zone), request)
        )
        context.update(
            cache_key=":".join(str(part) for part in cache_key),
            month=first,
            weeks=[
                [(day, by_day.on(day), day.month == first.month) for day in week] for week in weeks
            ],
            previous=(first - datetime.timedelta(days=1)).strftime("%Y-%m"),
            next=(first + datetime.timedelta(days=31)).strftime("%Y-%m"),
            weekdays=weeks[0],
            has_events=by_day,
            calendar_marks=school_days.marks_between(weeks[0][0], weeks[-1][-1]),
            calendar_entries=school_days.entries_between(
                first, first.replace(day=calendar.monthrange(first.year, first.month)[1])
            ),
        )
    elif view == "week":
        day = day_or_today(params.get("date"), today)
        monday = day - datetime.timedelta(days=day.weekday())
        sunday = monday + datetime.timedelta(days=6)
        since, until = _bounds(monday, sunday, zone)
        by_day = _by_day(_with_urls(events.occurrences_between(since, until, zone), request))
        context.update(
            monday=monday,
            sunday=sunday,
            week_days=[(monday + datetime.timedelta(days=n)) for n in range(7)],
            days=[
                (
                    monday + datetime.timedelta(days=n),
                    by_day.get(monday + datetime.timedelta(days=n), []),
                )
                for n in range(7)
            ],
            previous=(monday - datetime.timedelta(days=7)).isoformat(),
            next=(monday + datetime.timedelta(days=7)).isoformat(),
            calendar_marks=school_days.marks_between(monday, sunday),
            calendar_entries=school_days.entries_between(monday, sunday),
        )
    else:
        since = timezone.now()
        until = _bounds(today, today + datetime.timedelta(days=LIST_DAYS), zone)[1]
        context["days"] = sorted(
            _by_day(_with_urls(events.occurrences_between(since, until, zone), request)).items()
        )
        last = today + datetime.timedelta(days=LIST_DAYS)
        context["calendar_marks"] = school_days.marks_between(today, last)
        context["calendar_entries"] = school_days.entries_between(today, last)
    return context
