"""School years and their quarters, as the follow-up counts them.

A school year is named by the year of its September (`school_year_of` of the school calendar);
its four quarters are September–November, December–February, March–May and June–August, so that
each review at the teachers' council looks back at one term-sized piece of the year.
"""

import datetime
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext

from portal.school_calendar.calendar import school_year_of

QUARTERS = (1, 2, 3, 4)
#: The first month of each quarter of a school year, and whether it falls in the next calendar year.
_STARTS = {1: (9, 0), 2: (12, 0), 3: (3, 1), 4: (6, 1)}
QUARTER_NAMES = {
    1: _("September to November"),
    2: _("December to February"),
    3: _("March to May"),
    4: _("June to August"),
}


@dataclass(frozen=True, order=True)
class Quarter:
    year: int
    number: int

    @property
    def key(self):
        return f"{self.year}-q{self.number}"

    @property
    def first_day(self):
        month, shift = _STARTS[self.number]
        return datetime.date(self.year + shift, month, 1)

    @property
    def end_day(self):
        """The day after the quarter's last day."""
        return self.next().first_day

    def next(self):
        return (
            Quarter(self.year + 1, 1) if self.number == 4 else Quarter(self.year, self.number + 1)
        )

    def previous(self):
        return (
            Quarter(self.year - 1, 4) if self.number == 1 else Quarter(self.year, self.number - 1)
        )

    def last_year(self):
        return Quarter(self.year - 1, self.number)

    def bounds(self, zone):
        """[start, end) as aware datetimes in the school's time zone."""
        return (
            datetime.datetime.combine(self.first_day, datetime.time(0), zone),
            datetime.datetime.combine(self.end_day, datetime.time(0), zone),
        )

    @property
    def label(self):
        # "2026–2027 · Q2": the short name of a quarter is the reader's ("T2" in French).
        return f"{year_label(self.year)} · {quarter_short(self.number)}"

    @property
    def months(self):
        return QUARTER_NAMES[self.number]


def quarter_short(number):
    """A quarter's short name in the reader's language: "T2" in French, "Q2" in English."""
    return pgettext("short name of a quarter", "Q%(number)s") % {"number": number}


def year_label(year):
    return f"{year}–{year + 1}"


def quarter_of(day):
    year = school_year_of(day)
    for number in reversed(QUARTERS):
        if day >= Quarter(year, number).first_day:
            return Quarter(year, number)
    raise AssertionError(day)


def year_bounds(year):
    """First day of the school year, and the day after its last."""
    return datetime.date(year, 9, 1), datetime.date(year + 1, 9, 1)
