"""What the libraries know: school holidays of metropolitan France (`vacances-scolaires-france`)
and public holidays (`holidays`). Both ship their data: nothing is fetched at run time.

Names are translated here, through gettext, keyed by the libraries' own names: the libraries give
French and English only, families read seven languages. A name the table lacks (a library update)
is shown as the library gives it, in French; a test fails so that the table is completed."""

import datetime
import functools
from importlib.metadata import version

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

import holidays as public_holidays_library
import vacances_scolaires_france

#: Part of every cache key, so that a library update recomputes the calendars.
LIBRARIES = f"{version('holidays')}-{version('vacances-scolaires-france')}"

#: `vacances-scolaires-france` names (French) → words for families.
SCHOOL_HOLIDAY_NAMES = {
    "Vacances de la Toussaint": _("All Saints’ holidays"),
    "Vacances de Noël": _("Christmas holidays"),
    "Vacances d'hiver": _("Winter holidays"),
    "Vacances de printemps": _("Spring holidays"),
    "Vacances d'été": _("Summer holidays"),
    "Pont de l'Ascension": _("Ascension bridge"),
}

#: `holidays` names in its American English (France and Québec) → words for families.
PUBLIC_HOLIDAY_NAMES = {
    "New Year's Day": _("New Year’s Day"),
    "Good Friday": _("Good Friday"),
    "Easter Monday": _("Easter Monday"),
    "Labor Day": pgettext_lazy("public holiday", "Labour Day"),
    "Victory Day": _("Victory in Europe Day (8 May 1945)"),
    "Ascension Day": _("Ascension Day"),
    "Pentecost Monday": _("Whit Monday"),
    "National Day": _("National Day (14 July)"),
    "Assumption Day": _("Assumption Day"),
    "All Saints' Day": _("All Saints’ Day"),
    "Armistice Day": _("Armistice Day (11 November 1918)"),
    "Christmas Day": _("Christmas Day"),
    "National Patriots' Day": _("National Patriots’ Day"),
    "Saint John the Baptist Day": _("Québec’s National Holiday (Saint-Jean-Baptiste)"),
    "Canada Day": _("Canada Day"),
    "Thanksgiving Day": _("Thanksgiving"),
}
OBSERVED = " (observed)"
OBSERVED_NAME = _("%(name)s (day off in its place)")

#: The months a French school year's first and last holidays fall in, to tell a school year the
#: library knows from one it does not (its data stops at a civil year, mid-school-year).
FIRST_HOLIDAYS, LAST_HOLIDAYS = "Vacances de la Toussaint", "Vacances d'été"


@functools.cache
def _school_holiday_dates():
    # Reads a CSV of some 14,000 days: once per process.
    return vacances_scolaires_france.SchoolHolidayDates()


def school_holiday_ranges(zone, first, last):
    """The French school holidays of `zone` that overlap [first, last], as (start, end, name)
    with `end` included, whole even when they begin before `first` or end after `last`."""
    data = _school_holiday_dates().data
    key = f"vacances_zone_{zone.lower()}"
    margin = datetime.timedelta(days=90)
    day, stop = first - margin, last + margin
    ranges, current = [], None
    while day <= stop:
        row = data.get(day)
        name = row["nom_vacances"] if row and row.get(key) else None
        if current and name == current[2] and day == current[1] + datetime.timedelta(days=1):
            current[1] = day
        else:
            if current:
                ranges.append(tuple(current))
            current = [day, day, name] if name else None
        day += datetime.timedelta(days=1)
    if current:
        ranges.append(tuple(current))
    return [r for r in ranges if r[0] <= last and r[1] >= first]


def library_knows_school_year(zone, school_year):
    """Whether the library holds the whole school year starting in September of `school_year`:
    its autumn holidays that year and its summer holidays the next."""
    first = datetime.date(school_year, 9, 1)
    last = datetime.date(school_year + 1, 8, 31)
    names = {name for _start, _end, name in school_holiday_ranges(zone, first, last)}
    return FIRST_HOLIDAYS in names and LAST_HOLIDAYS in names


#: Country setting → the `holidays` country and subdivision.
PUBLIC_HOLIDAY_COUNTRIES = {"fr": ("FR", None), "qc": ("CA", "QC")}


def public_holiday_dates(country, first, last):
    """Public holidays in [first, last] as (date, English name, French name), one per holiday
    (two on the same day give two)."""
    if country not in PUBLIC_HOLIDAY_COUNTRIES:
        return []
    code, subdivision = PUBLIC_HOLIDAY_COUNTRIES[country]
    years = range(first.year, last.year + 1)
    english, french = (
        public_holidays_library.country_holidays(
            code, subdiv=subdivision, years=years, language=language
        )
        for language in ("en_US", "fr")
    )
    found = []
    for day in sorted(english):
        if first <= day <= last:
            names = zip(english.get_list(day), french.get_list(day), strict=False)
            found.extend((day, name, name_fr) for name, name_fr in names)
    return found


def school_holiday_name(name):
    return SCHOOL_HOLIDAY_NAMES.get(name, name)


def public_holiday_name(name, french_name=""):
    if name.endswith(OBSERVED):
        return OBSERVED_NAME % {"name": public_holiday_name(name[: -len(OBSERVED)])}
    return PUBLIC_HOLIDAY_NAMES.get(name, french_name or name)
