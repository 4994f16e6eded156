"""The calendar of one school: school holidays, public holidays, the school's own days and the
weekdays without class, for every feature that must respect them.

Public API (the rest of the module is private)::

    from portal.school_calendar.calendar import calendar_for

    school = calendar_for(request)          # or a Site, its SchoolSettings, or a page or any
                                            # object with get_site()
    school.entries_between(start, end)      # [Entry] overlapping [start, end], both dates included
    school.is_school_day(day)               # False on holidays, public holidays, days off, and
                                            # weekdays without class
    school.is_day_off(day)                  # holidays, public holidays and the school's days off
                                            # only (a plain Wednesday without class is not one)
    school.next_school_day(day)             # the first school day after `day`
    school.next_holidays(after)             # the school holidays under way on `after`, else the
                                            # next ones
    school.next_school_moment(moment)       # an aware datetime moved past holidays, same time
    school.overview(today)                  # what families ask: class today, next school day,
                                            # holidays now or next, back to school
    school.notices(today)                   # what the Director should know (missing data)

Each school year (September to August) is computed once per school and cached; the key changes
when the school's calendar settings or its own days change, and when a library is updated.
"""

import datetime
from dataclasses import dataclass, field, replace

from django.core.cache import cache
from django.http import HttpRequest
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from wagtail.models import Site

from portal import freshness
from portal.models import SchoolSettings

from . import sources
from .models import WEEKDAYS, ZONES, Country, DayKind, SchoolCalendarSettings, SchoolDay

ONE_DAY = datetime.timedelta(days=1)
#: Kinds of entries.
SCHOOL_HOLIDAY = "school-holiday"
PUBLIC_HOLIDAY = "public-holiday"
DAY_OFF = "day-off"
NO_CLASS = "no-class"
#: The kinds that make a day a day off (a weekday without class is not a holiday).
DAYS_OFF = (SCHOOL_HOLIDAY, PUBLIC_HOLIDAY, DAY_OFF)
KIND_LABELS = {
    SCHOOL_HOLIDAY: _("school holidays"),
    PUBLIC_HOLIDAY: _("public holiday"),
    DAY_OFF: _("no class"),
    NO_CLASS: _("no class"),
}
_ORDER = {SCHOOL_HOLIDAY: 0, PUBLIC_HOLIDAY: 1, DAY_OFF: 2, NO_CLASS: 3}
#: Ranges and searches never go further than this, whatever they are asked.
MAX_SCHOOL_YEARS = 5
SEARCH_DAYS = 400
CACHE_SECONDS = 30 * 24 * 3600
#: A library holiday crossing 1 September is read whole, from both school years.
MARGIN = datetime.timedelta(days=90)
#: Outside these years the calendar knows nothing (a hostile "year 1" in an address, say).
FIRST_DAY, LAST_DAY = datetime.date(1950, 9, 1), datetime.date(2200, 8, 31)


def school_year_of(day):
    """The school year a date belongs to, named by the year of its September."""
    return day.year if day.month >= 9 else day.year - 1


def _date(value):
    return value.date() if isinstance(value, datetime.datetime) else value


@dataclass(frozen=True)
class Entry:
    """A day or a period without class (or, for NO_CLASS, a weekday without class).

    `start` and `end` are dates, both included. `key` is stable between requests and
    processes (an iCalendar UID is made from it). `name` is in the active language."""

    start: datetime.date
    end: datetime.date
    kind: str
    key: str
    source: str
    label: str
    label_fr: str = ""
    note: str = ""

    @property
    def name(self):
        if self.source == "library-school":
            return str(sources.school_holiday_name(self.label))
        if self.source == "library-public":
            return str(sources.public_holiday_name(self.label, self.label_fr))
        if self.source == "school":
            return str(DayKind(self.label).label) if self.label in DayKind.values else self.label
        return str(_("No class"))

    @property
    def kind_label(self):
        return str(KIND_LABELS[self.kind])

    @property
    def label_with_kind(self):
        """The name, and what kind of day it is when the name does not say it ("Christmas Day
        (public holiday)"; "Christmas holidays" and "Pedagogical day: no class" say it)."""
        if self.kind == PUBLIC_HOLIDAY:
            return f"{self.name} ({self.kind_label})"
        return self.name

    @property
    def one_day(self):
        return self.start == self.end

    def covers(self, day):
        return self.start <= day <= self.end


@dataclass(frozen=True)
class Overview:
    """`SchoolCalendar.overview()`: dates, an Entry or None, weekday names."""

    today: datetime.date
    school_day: bool
    next_school_day: datetime.date | None
    holidays: Entry | None
    in_holidays: bool
    back_to_school: datetime.date | None
    weekdays_off: list


@dataclass(frozen=True)
class _SchoolYear:
    entries: tuple
    days_off: frozenset
    class_days: frozenset
    library_missing: bool
    own_holidays: bool = False
    by_day: dict = field(default_factory=dict)


_EMPTY = _SchoolYear(
    entries=(), days_off=frozenset(), class_days=frozenset(), library_missing=False
)


def _clamped(start, end):
    return max(_date(start), FIRST_DAY), min(_date(end), LAST_DAY)


def _pieces(start, end, class_days):
    """[start, end] without the class days that the school set inside it."""
    piece, day = None, start
    while day <= end:
        if day in class_days:
            if piece:
                yield piece, day - ONE_DAY
            piece = None
        elif piece is None:
            piece = day
        day += ONE_DAY
    if piece:
        yield piece, end


def _build_year(settings, year):
    first, last = datetime.date(year, 9, 1), datetime.date(year + 1, 8, 31)
    own = (
        list(
            SchoolDay.objects.for_site(settings.site_id)
            .overlapping(first - MARGIN, last + MARGIN)
            .order_by("start", "pk")
        )
        if settings.site_id
        else []
    )
    class_days = set()
    for day in own:
        if day.kind == DayKind.CLASS_DAY:
            class_days.update(
                day.start + ONE_DAY * n for n in range((day.end - day.start).days + 1)
            )
    found = []

    def add(start, end, kind, key_prefix, **fields):
        for piece_start, piece_end in _pieces(start, end, class_days):
            # The key comes from the whole piece, so it stays the same from either school year.
            key = f"{key_prefix}-{piece_start.isoformat()}"
            start_in, end_in = max(piece_start, first), min(piece_end, last)
            if start_in <= end_in:
                found.append(Entry(start_in, end_in, kind, key, **fields))

    country = settings.country if settings.country in Country.values else Country.CUSTOM
    zone = settings.zone if settings.zone in ZONES.get(country, ()) else ""
    library_missing = False
    if country == Country.FRANCE and zone:
        if sources.library_knows_school_year(zone, year):
            for start, end, name in sources.school_holiday_ranges(zone, first, last):
                add(
                    start,
                    end,
                    SCHOOL_HOLIDAY,
                    f"school-holiday-{zone.lower()}-{slugify(name)}",
                    source="library-school",
                    label=name,
                )
        else:
            library_missing = True
    for day, name, name_fr in sources.public_holiday_dates(country, first, last):
        add(
            day,
            day,
            PUBLIC_HOLIDAY,
            f"public-holiday-{country}-{slugify(name)}",
            source="library-public",
            label=name,
            label_fr=name_fr,
        )
    for day in own:
        if day.kind == DayKind.CLASS_DAY:
            continue
        add(
            day.start,
            day.end,
            SCHOOL_HOLIDAY if day.kind == DayKind.HOLIDAYS else DAY_OFF,
            f"school-day-{day.pk}",
            source="school",
            label=day.kind,
            note=day.note,
        )
    found.sort(key=lambda e: (e.start, _ORDER[e.kind], e.key))
    by_day = {}
    for entry in found:
        day = entry.start
        while day <= entry.end:
            by_day.setdefault(day, []).append(entry)
            day += ONE_DAY
    return _SchoolYear(
        entries=tuple(found),
        days_off=frozenset(by_day),
        class_days=frozenset(class_days),
        library_missing=library_missing,
        own_holidays=any(
            d.kind == DayKind.HOLIDAYS and d.start <= last and d.end >= first for d in own
        ),
        by_day={day: tuple(entries) for day, entries in by_day.items()},
    )


class SchoolCalendar:
    """One school's calendar. Build it with `calendar_for`; see the module's docstring."""

    def __init__(self, settings, time_zone=None):
        self.settings = settings
        self._time_zone = time_zone
        self._years = {}

    # --- Data, once per school year -----------------------------------------------------------

    @property
    def revision(self):
        """A short text that changes whenever the calendar may change: for cache keys."""
        return f"{sources.LIBRARIES}:{self.settings.site_id}:{self.settings.revision}"

    @property
    def zone(self):
        """The school's time zone."""
        if self._time_zone is None:
            site_id = self.settings.site_id
            self._time_zone = (
                SchoolSettings.for_site(Site.objects.get(pk=site_id)).zone
                if site_id
                else timezone.get_default_timezone()
            )
        return self._time_zone() if callable(self._time_zone) else self._time_zone

    def _year(self, year):
        if year not in self._years:
            if not FIRST_DAY.year <= year < LAST_DAY.year:
                self._years[year] = _EMPTY
            elif not self.settings.site_id:
                self._years[year] = _build_year(self.settings, year)
            else:
                key = f"school-calendar:{self.revision}:{year}"

                def read():
                    data = cache.get(key)
                    if data is None:
                        data = _build_year(self.settings, year)
                        cache.set(key, data, CACHE_SECONDS)
                    return data

                # Kept in this process too while nothing changes: every page asks it.
                self._years[year] = freshness.remembered(key, read)
        return self._years[year]

    def _day(self, day):
        return self._year(school_year_of(day))

    # --- Questions ----------------------------------------------------------------------------

    def entries_between(self, start, end, include_weekly=False):
        """The entries overlapping [start, end] (dates, both included), in date order: school
        holidays, public holidays, the school's days off; with `include_weekly`, also each
        weekday without class that is not already a day off. At most five school years."""
        start, end = _clamped(start, end)
        if end < start:
            return []
        years = range(school_year_of(start), school_year_of(end) + 1)
        if len(years) > MAX_SCHOOL_YEARS:
            raise ValueError("Ask the school calendar for five school years at most.")
        merged = {}
        for year in years:
            for entry in self._year(year).entries:
                if entry.start <= end and entry.end >= start:
                    known = merged.get(entry.key)
                    if known is not None:
                        entry = replace(
                            entry,
                            start=min(known.start, entry.start),
                            end=max(known.end, entry.end),
                        )
                    merged[entry.key] = entry
        found = list(merged.values())
        if include_weekly:
            weekly = self.settings.weekdays_off
            day = start
            while day <= end:
                data = self._day(day)
                off = day in data.days_off or day in data.class_days
                if day.weekday() in weekly and not off:
                    found.append(Entry(day, day, NO_CLASS, f"no-class-{day}", "weekly", str(day)))
                day += ONE_DAY
        return sorted(found, key=lambda e: (e.start, _ORDER[e.kind], e.key))

    def entries_on(self, day):
        """The day-off entries covering `day`."""
        day = _date(day)
        return list(self._day(day).by_day.get(day, ()))

    def marks_between(self, start, end):
        """{date: [entries]} for the days in [start, end] that are days off: what the agenda
        marks on each day."""
        start, end = _clamped(start, end)
        marks, day = {}, start
        while day <= end:
            found = self._day(day).by_day.get(day)
            if found:
                marks[day] = list(found)
            day += ONE_DAY
        return marks

    def is_day_off(self, day):
        """A school holiday, a public holiday or one of the school's days off."""
        day = _date(day)
        return day in self._day(day).days_off

    def is_school_day(self, day):
        """A day with class: not a day off, and not a weekday without class (unless the school
        set a class day on it)."""
        day = _date(day)
        data = self._day(day)
        if day in data.class_days:
            return True
        return day not in data.days_off and day.weekday() not in self.settings.weekdays_off

    def next_school_day(self, day):
        """The first school day after `day` (not `day` itself), or None when none comes within
        a year (a calendar without any class day)."""
        day = _date(day)
        for _n in range(SEARCH_DAYS):
            day += ONE_DAY
            if self.is_school_day(day):
                return day
        return None

    def next_holidays(self, after):
        """The school holidays under way on `after`, else the next ones to begin (within a
        year), else None."""
        after = _date(after)
        for entry in self.entries_between(after, after + datetime.timedelta(days=366)):
            if entry.kind == SCHOOL_HOLIDAY and entry.end >= after:
                return entry
        return None

    def next_school_moment(self, moment):
        """`moment` (an aware datetime) if its day, in the school's time zone, is not a day off;
        else the same wall-clock time on the first school day after the holidays. Weekdays
        without class alone do not move it (quiet hours decide about evenings and Sundays)."""
        if timezone.is_naive(moment):
            raise ValueError("next_school_moment needs an aware datetime.")
        zone = self.zone
        local = moment.astimezone(zone)
        if not self.is_day_off(local.date()):
            return moment
        target = self.next_school_day(local.date())
        if target is None:
            return moment
        return datetime.datetime.combine(target, local.time(), zone)

    def overview(self, today=None):
        """What families ask on a given day: is there class, when is the next school day, which
        holidays are under way or come next, and when class starts again after them."""
        today = _date(today or timezone.now().astimezone(self.zone).date())
        holidays = self.next_holidays(today)
        return Overview(
            today=today,
            school_day=self.is_school_day(today),
            next_school_day=self.next_school_day(today),
            holidays=holidays,
            in_holidays=bool(holidays and holidays.covers(today)),
            back_to_school=self.next_school_day(holidays.end) if holidays else None,
            weekdays_off=[str(name) for n, name in WEEKDAYS if n in self.settings.weekdays_off],
        )

    def notices(self, today=None):
        """What the Director should know about this calendar, in the active language: a missing
        holiday zone, a school year the library does not hold yet."""
        today = _date(today or timezone.now().astimezone(self.zone).date())
        country = self.settings.country
        found = []
        if country == Country.FRANCE and self.settings.zone not in ZONES[Country.FRANCE]:
            found.append(
                _(
                    "Choose the school’s holiday zone in Settings → School calendar. Until then, "
                    "the calendar shows public holidays and the school’s own days only."
                )
            )
        elif country == Country.FRANCE:
            for year in (school_year_of(today), school_year_of(today) + 1):
                if self._year(year).library_missing:
                    found.append(
                        _(
                            "Passerelle does not know the school holidays of %(years)s yet. Until "
                            "an update brings them, the calendar shows public holidays and the "
                            "school’s own days only: add that year’s holidays under Days of the "
                            "school if families need them now."
                        )
                        % {"years": f"{year}–{year + 1}"}
                    )
        elif country == Country.QUEBEC and not self._year(school_year_of(today)).own_holidays:
            found.append(
                _(
                    "No library holds Québec’s school holidays: add this school year’s holidays "
                    "(Christmas break, spring break) under Days of the school."
                )
            )
        return [str(message) for message in found]


def _outside_every_school():
    return SchoolCalendarSettings(country=Country.CUSTOM)


def calendar_for(school):
    """The calendar of a school: pass the request (its site's calendar, read once per request),
    a wagtail `Site`, the school's `SchoolSettings`, or a page or any object with `get_site()`.
    Never the default site: an object outside every site gets an empty custom calendar."""
    if isinstance(school, SchoolCalendar):
        return school
    if isinstance(school, HttpRequest):
        found = getattr(school, "_school_calendar", None)
        if found is None:
            if Site.find_for_request(school) is None:
                found = SchoolCalendar(_outside_every_school())
            else:
                found = SchoolCalendar(
                    SchoolCalendarSettings.for_request(school),
                    lambda: SchoolSettings.for_request(school).zone,
                )
            school._school_calendar = found
        return found
    if isinstance(school, SchoolCalendarSettings):
        return SchoolCalendar(school)
    if isinstance(school, SchoolSettings):
        # The school as the quiet hours know it: its time zone is already at hand.
        return SchoolCalendar(SchoolCalendarSettings.for_site(school.site), school.zone)
    if isinstance(school, Site):
        return SchoolCalendar(SchoolCalendarSettings.for_site(school))
    if hasattr(school, "get_site"):
        site = school.get_site()
        if site is not None:
            return SchoolCalendar(SchoolCalendarSettings.for_site(site))
        return SchoolCalendar(_outside_every_school())
    raise TypeError(f"calendar_for() needs a request, a Site or a page, not {type(school)!r}.")
