"""The follow-up indicators, computed from what the site already records, never typed by hand.

Each *source* reads one kind of record in one or two aggregate queries over two school years
(the one asked and the one before), whatever the number of rows, and returns counts per quarter
(and per class where it applies). A new one comes with `register(...)`:

    indicators.register(
        Indicator("gazette_thanks", _("Readings confirmed in the gazette"), per_class=True),
        source=gazette_thanks,   # (site, quarters, zone) -> Counts
    )

Figures about families are counts, and any count under five is shown as "fewer than 5".
"""

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property

from django.conf import settings
from django.db.models import Case, CharField, Count, Q, Value, When
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _

from portal.schools import school_of

from .periods import QUARTERS, Quarter

#: Units: a count of families (hidden under five), a count of events, a percentage.
FAMILIES, EVENTS, PERCENT = "families", "events", "percent"
#: Under this, a count of families is shown as "fewer than 5".
THRESHOLD = 5
#: Evening meetings start at this hour or later (or take place at the weekend), school time.
AFTER_WORK_HOUR = 18


@dataclass(frozen=True)
class Indicator:
    key: str
    label: str
    unit: str = FAMILIES
    per_class: bool = False
    #: Figures of a whole school year (an election), not of each quarter.
    yearly: bool = False


@dataclass
class Counts:
    """What a source found: {indicator key: {quarter key: value}}, and the same per class name."""

    totals: dict = field(default_factory=lambda: defaultdict(dict))
    by_class: dict = field(default_factory=lambda: defaultdict(lambda: defaultdict(dict)))


_indicators = {}
_sources = []


def register(*indicators, source):
    """Add indicators and the function that computes them: `source(site, quarters, zone)`
    returns `Counts` for the quarters given, in a constant number of queries."""
    for indicator in indicators:
        _indicators[indicator.key] = indicator
    if source not in _sources:
        _sources.append(source)


def all_indicators():
    return list(_indicators.values())


def choices():
    return [(indicator.key, indicator.label) for indicator in _indicators.values()]


def shown(value, unit=FAMILIES):
    """A figure as people may read it: counts of families under five are not given."""
    if value is None:
        return "–"
    if unit == FAMILIES and value < THRESHOLD:
        return str(_("fewer than 5"))
    if unit == PERCENT:
        return f"{decimal(value)} %"
    return str(value)


def decimal(value, sign=""):
    """A number with the decimal comma or point of the active language (32,3 in French)."""
    return number_format(f"{value:{sign}g}")


def hidden(value, unit):
    return value is None or (unit == FAMILIES and value < THRESHOLD)


def after_work(prefix=""):
    """A condition for "after work" on the datetime field `prefix + start`: evening or weekend,
    in the current time zone (run it inside `timezone.override(school zone)`)."""
    return Q(**{f"{prefix}start__hour__gte": AFTER_WORK_HOUR}) | Q(
        **{f"{prefix}start__iso_week_day__gte": 6}
    )


def _span(quarters, zone, prefix=""):
    since = quarters[0].bounds(zone)[0]
    until = quarters[-1].bounds(zone)[1]
    return {f"{prefix}start__gte": since, f"{prefix}start__lt": until}


def _quarter(quarters, zone, field):
    """The key of the quarter each row falls in, computed by the database: one CASE over the
    quarters' ends (rows are already limited to the span of `quarters`, in order), so a source
    groups by quarter instead of counting each quarter apart."""
    return Case(
        *(
            When(**{f"{field}__lt": end}, then=Value(quarter.key))
            for quarter, end in ((q, _end(q, zone)) for q in quarters)
        ),
        output_field=CharField(),
    )


def _end(quarter, zone):
    return quarter.bounds(zone)[1] if zone else quarter.end_day


def _collect(found, rows, class_field=None, keys_per_class=()):
    """Add grouped rows {quarter, [class], key: value…} to `found`; per class only the keys
    given (the others are school-wide)."""
    for row in rows:
        quarter_key = row.pop("quarter")
        name = (row.pop(class_field) or "").strip().upper() if class_field else ""
        for key, value in row.items():
            found.totals[key][quarter_key] = found.totals[key].get(quarter_key, 0) + value
            if name and key in keys_per_class:
                per_class = found.by_class[key][name]
                per_class[quarter_key] = per_class.get(quarter_key, 0) + value
    return found


# Sources --------------------------------------------------------------------------------------

MEETING_KINDS = {
    "meetings_booked": Q(),
    "meetings_attended": Q(attended=True),
    "meetings_interpreter": Q(companion="interpreter") | ~Q(interpreter_language=""),
    "meetings_companion": Q(companion="person"),
    "meetings_after_work": None,  # set at query time: it reads the school's time zone
}


def meetings(site, quarters, zone):
    """Individual meetings booked, attended, with an interpreter or a companion, after work: one
    query, grouped by quarter and by the child's class."""
    from pages.events.models import Booking

    kinds = {**MEETING_KINDS, "meetings_after_work": after_work("slot__")}
    rows = (
        Booking.objects.active()
        .filter(slot__site=site, confirmed_at__isnull=False, **_span(quarters, zone, "slot__"))
        .annotate(quarter=_quarter(quarters, zone, "slot__start"))
        .values("quarter", "child_class")
        .annotate(
            **{key: Count("pk", filter=condition or None) for key, condition in kinds.items()}
        )
        .order_by()
    )
    return _collect(Counts(), rows, "child_class", kinds)


VISIT_KINDS = {
    "visits": None,
    "visits_cafe": "cafe",
    "visits_open_morning": "open-morning",
    "visits_training": "training",
}


def visits(site, quarters, zone):
    """Families who came to school events (attendance taken by the organiser), by kind of event,
    those who came to one after work, and those who came to a class's event, per class: one
    query grouped by quarter, kind of event and class."""
    from pages.events.models import RSVP

    rows = (
        RSVP.objects.active()
        .filter(
            attended=True,
            event__path__startswith=site.root_page.path,
            **_span(quarters, zone, "event__"),
        )
        .annotate(quarter=_quarter(quarters, zone, "event__start"))
        .values("quarter", "event__category", "event__class_name")
        .annotate(
            visits=Count("pk"),
            visits_after_work=Count("pk", filter=after_work("event__")),
        )
        .order_by()
    )
    found = Counts()
    by_kind = {category: key for key, category in VISIT_KINDS.items() if category}
    for row in rows:
        kind = by_kind.get(row.pop("event__category"))
        if kind:
            row[kind] = row["visits"]
        name = row.pop("event__class_name")
        if name:
            row["class_visits"] = row["visits"]
        row["event__class_name"] = name
    return _collect(found, rows, "event__class_name", {"class_visits"})


def school_events(site, quarters, zone):
    """Events run with a partner organisation (joint actions), events after work, and each
    class's own events: one query grouped by quarter and class."""
    from pages.events.models import EventPage

    evening = Q(start__iso_week_day__gte=6) | (
        Q(all_day=False) & Q(start__hour__gte=AFTER_WORK_HOUR)
    )
    rows = (
        EventPage.objects.filter(
            path__startswith=site.root_page.path,
            locale__language_code=settings.LANGUAGE_CODE,
            live=True,
            **_span(quarters, zone),
        )
        .annotate(quarter=_quarter(quarters, zone, "start"))
        .values("quarter", "class_name")
        .annotate(
            joint_actions=Count("pk", filter=Q(partners__isnull=False), distinct=True),
            events_after_work=Count("pk", filter=evening, distinct=True),
            class_events=Count("pk", filter=~Q(class_name=""), distinct=True),
        )
        .order_by()
    )
    return _collect(Counts(), rows, "class_name", {"class_events"})


def elections(site, quarters, zone):
    """Turnout at the representatives' elections, per school year (given for every quarter of
    the year from the vote on)."""
    from .models import ElectionPage

    years = {quarter.year for quarter in quarters}
    found = Counts()
    rows = ElectionPage.objects.filter(
        path__startswith=site.root_page.path,
        locale__language_code=settings.LANGUAGE_CODE,
        live=True,
        school_year__in=years,
        registered_voters__gt=0,
        votes_cast__isnull=False,
    ).values_list("school_year", "date", "registered_voters", "votes_cast")
    for year, day, voters, votes in rows:
        for quarter in quarters:
            if quarter.year == year and quarter.end_day > day:
                found.totals["election_turnout"][quarter.key] = round(100 * votes / voters, 1)
                found.totals["election_voters"][quarter.key] = votes
    return found


register(
    Indicator("meetings_booked", _("Individual meetings booked"), per_class=True),
    Indicator("meetings_attended", _("Individual meetings attended"), per_class=True),
    Indicator("meetings_interpreter", _("Meetings with an interpreter asked for")),
    Indicator("meetings_companion", _("Meetings where a parent came with someone")),
    Indicator("meetings_after_work", _("Individual meetings after work")),
    source=meetings,
)
register(
    Indicator("visits", _("Parents’ visits to school events")),
    Indicator("class_visits", _("Parents’ visits to their class’s events"), per_class=True),
    Indicator("visits_cafe", _("Visits to parents’ cafés")),
    Indicator("visits_open_morning", _("Visits to open mornings")),
    Indicator("visits_training", _("Visits to workshops and school rules meetings")),
    Indicator("visits_after_work", _("Visits to events after work")),
    source=visits,
)
register(
    Indicator("events_after_work", _("Events after work"), EVENTS),
    Indicator("joint_actions", _("Joint actions with partners"), EVENTS),
    Indicator("class_events", _("Events for one class"), EVENTS, per_class=True),
    source=school_events,
)


def questionnaire(site, quarters, zone):
    """Parents who answered the school's digital questionnaire (anonymous answers: a count,
    never who), by the class they gave: one query grouped by class."""
    from partners.questionnaire.models import Response

    rows = (
        Response.objects.filter(
            campaign__site=site,
            answered_on__gte=quarters[0].first_day,
            answered_on__lt=quarters[-1].end_day,
        )
        .annotate(quarter=_quarter(quarters, None, "answered_on"))
        .values("quarter", "school_class__name")
        .annotate(questionnaire_answers=Count("pk"))
        .order_by()
    )
    return _collect(Counts(), rows, "school_class__name", {"questionnaire_answers"})


register(
    Indicator(
        "questionnaire_answers",
        _("Answers to the digital questionnaire"),
        per_class=True,
    ),
    source=questionnaire,
)


def gazette_thanks(site, quarters, zone):
    """Families who confirmed reading a section of the gazette (no name is kept), per class they
    follow: two queries, one per class and one for the school (a family following two classes
    counts once there)."""
    from pages.gazette.models import Acknowledgement

    since, until = quarters[0].bounds(zone)[0], quarters[-1].bounds(zone)[1]
    found = (
        Acknowledgement.objects.filter(
            issue__path__startswith=site.root_page.path,
            created_at__gte=since,
            created_at__lt=until,
        )
        .annotate(quarter=_quarter(quarters, zone, "created_at"))
        .order_by()
    )
    counts = _collect(
        Counts(),
        found.values("quarter", "classes__name").annotate(gazette_thanks=Count("pk")),
        "classes__name",
        {"gazette_thanks"},
    )
    counts.totals.clear()
    return _collect(counts, found.values("quarter").annotate(gazette_thanks=Count("pk")))


register(
    Indicator("gazette_thanks", _("Readings confirmed in the gazette"), per_class=True),
    source=gazette_thanks,
)
register(
    Indicator(
        "election_turnout", _("Turnout at the representatives’ election"), PERCENT, yearly=True
    ),
    Indicator("election_voters", _("Votes cast at the representatives’ election"), yearly=True),
    source=elections,
)


# Figures --------------------------------------------------------------------------------------


@dataclass
class Row:
    indicator: Indicator
    values: dict  # {quarter key: value}
    period: Quarter

    def _get(self, quarter):
        return self.values.get(quarter.key, 0 if not self.indicator.yearly else None)

    @property
    def current(self):
        return self._get(self.period)

    @property
    def previous(self):
        return self._get(self.period.previous())

    @property
    def last_year(self):
        return self._get(self.period.last_year())

    @property
    def change(self):
        """Change since last quarter, only when neither figure is hidden."""
        unit = self.indicator.unit
        if hidden(self.current, unit) or hidden(self.previous, unit):
            return None
        return round(self.current - self.previous, 1)

    @cached_property
    def series(self):
        """This year's quarters up to the one asked, and last year's four, as (label, value)."""
        this = [Quarter(self.period.year, n) for n in QUARTERS if n <= self.period.number]
        last = [Quarter(self.period.year - 1, n) for n in QUARTERS]
        return [(q, self._get(q)) for q in this], [(q, self._get(q)) for q in last]

    def shown(self, value):
        return shown(value, self.indicator.unit)

    @property
    def table(self):
        """(quarter number, this year's figure, last year's) as shown, for the four quarters."""
        this, last = self.series
        this = {quarter.number: value for quarter, value in this}
        return [
            (
                quarter.number,
                self.shown(this[quarter.number]) if quarter.number in this else "",
                self.shown(value),
            )
            for quarter, value in last
        ]

    @property
    def shown_current(self):
        return self.shown(self.current)

    @property
    def shown_previous(self):
        return self.shown(self.previous)

    @property
    def shown_last_year(self):
        return self.shown(self.last_year)

    @property
    def shown_change(self):
        change = self.change
        if change is None:
            return "–"
        return decimal(change, "+")


@dataclass
class Figures:
    period: Quarter
    rows: list
    #: [(class name, [Row per per-class indicator])]
    classes: list

    def as_json(self):
        """What a review keeps: raw counts, hidden again whenever they are shown."""
        return {
            "year": self.period.year,
            "quarter": self.period.number,
            "computed_at": timezone.now().isoformat(),
            "rows": [
                {"key": row.indicator.key, "unit": row.indicator.unit, "values": row.values}
                for row in self.rows
            ],
            "classes": [
                [name, [{"key": r.indicator.key, "values": r.values} for r in rows]]
                for name, rows in self.classes
            ],
        }

    @classmethod
    def from_json(cls, data):
        period = Quarter(int(data["year"]), int(data["quarter"]))

        def indicator(key, unit=FAMILIES):
            return _indicators.get(key) or Indicator(key, key, unit)

        rows = [
            Row(indicator(item["key"], item.get("unit", FAMILIES)), item["values"], period)
            for item in data.get("rows", [])
        ]
        classes = [
            (name, [Row(indicator(item["key"]), item["values"], period) for item in items])
            for name, items in data.get("classes", [])
        ]
        return cls(period, rows, classes)


def quarters_for(period):
    """Every quarter of the school year asked and of the year before, in order."""
    return [Quarter(year, n) for year in (period.year - 1, period.year) for n in QUARTERS]


def compute(school, period, classes=None):
    """Every indicator for `period` (a Quarter), with the year before. `school` is a request, a
    site or anything `school_of` reads. `classes`: names of the classes to break down (None for
    every class the school has)."""
    from portal.classes.models import SchoolClass

    school = school_of(school)
    zone = school.zone
    quarters = quarters_for(period)
    totals, by_class = defaultdict(dict), defaultdict(lambda: defaultdict(dict))
    with timezone.override(zone):
        for source in _sources:
            counts = source(school.site, quarters, zone)
            for key, values in counts.totals.items():
                totals[key].update(values)
            for key, per_class in counts.by_class.items():
                for name, values in per_class.items():
                    by_class[key][name].update(values)
    if classes is None:
        classes = list(SchoolClass.objects.of_school(school.site).values_list("name", flat=True))
    rows = [
        Row(indicator, dict(totals.get(indicator.key, {})), period)
        for indicator in _indicators.values()
    ]
    per_class = [indicator for indicator in _indicators.values() if indicator.per_class]
    class_rows = [
        (
            name,
            [
                Row(indicator, dict(by_class[indicator.key].get(name.strip().upper(), {})), period)
                for indicator in per_class
            ],
        )
        for name in classes
    ]
    return Figures(period, rows, class_rows)
