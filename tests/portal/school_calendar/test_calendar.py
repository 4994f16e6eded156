"""The school calendar answers what every feature asks: holidays, public holidays, school days,
the next school day, and when a moment falls after the holidays."""

import datetime
import zoneinfo

from django.utils import translation

import pytest

from portal.school_calendar import sources
from portal.school_calendar.calendar import (
    NO_CLASS,
    PUBLIC_HOLIDAY,
    SCHOOL_HOLIDAY,
    calendar_for,
)
from portal.school_calendar.models import DayKind, SchoolCalendarSettings
from tests.pages.events.factories import EventIndexPageFactory

from .conftest import d, school_day, set_calendar

pytestmark = pytest.mark.django_db
PARIS = zoneinfo.ZoneInfo("Europe/Paris")


def _names(entries):
    return [(e.start, e.end, e.kind, e.name) for e in entries]


def test_zone_a_christmas_and_winter_holidays(zone_a):
    """A Lyon school has the Christmas holidays of every zone and the winter holidays of zone A."""
    school = calendar_for(zone_a)
    with translation.override("fr"):
        found = _names(school.entries_between(d("2026-12-01"), d("2027-03-10")))
    assert (d("2026-12-19"), d("2027-01-03"), SCHOOL_HOLIDAY, "Vacances de Noël") in found
    assert (d("2027-02-13"), d("2027-02-28"), SCHOOL_HOLIDAY, "Vacances d’hiver") in found
    assert (d("2026-12-25"), d("2026-12-25"), PUBLIC_HOLIDAY, "Noël") in found


def test_zone_c_has_other_winter_holidays(zone_a, other_school):
    """Two schools of two zones, on two sites, see their own winter holidays."""
    set_calendar(other_school, zone="C")
    winter = {}
    for site in (zone_a, other_school):
        entries = calendar_for(site).entries_between(d("2027-02-01"), d("2027-03-10"))
        winter[site.pk] = [(e.start, e.end) for e in entries if e.kind == SCHOOL_HOLIDAY]
    assert winter[zone_a.pk] == [(d("2027-02-13"), d("2027-02-28"))]
    assert winter[other_school.pk] == [(d("2027-02-06"), d("2027-02-21"))]


def test_quebec_has_its_public_holidays_and_the_schools_own_holidays(other_school):
    """Québec: public holidays from the library, school holidays only as the school sets them."""
    set_calendar(other_school, country="qc", zone="", days=(5, 6))
    school_day(other_school, DayKind.HOLIDAYS, d("2026-12-21"), d("2027-01-01"), "Congé des fêtes")
    school = calendar_for(other_school)
    with translation.override("fr"):
        found = _names(school.entries_between(d("2026-09-01"), d("2027-08-31")))
        holidays = school.entries_between(d("2026-12-01"), d("2027-01-31"))
    assert (d("2027-06-24"), d("2027-06-24"), PUBLIC_HOLIDAY, "Fête nationale du Québec") in [
        (s, e, k, n.split(" (")[0]) for s, e, k, n in found
    ]
    assert (
        d("2027-05-24"),
        d("2027-05-24"),
        PUBLIC_HOLIDAY,
        "Journée nationale des patriotes",
    ) in (found)
    assert not any(name == "Armistice (11 novembre 1918)" for *_r, name in found)
    own = [e for e in holidays if e.kind == SCHOOL_HOLIDAY]
    assert [(e.start, e.end, e.note) for e in own] == [
        (d("2026-12-21"), d("2027-01-01"), "Congé des fêtes")
    ]
    assert not school.is_school_day(d("2026-12-23"))
    assert school.is_school_day(d("2027-01-04"))


def test_custom_calendar_has_only_the_schools_days(site):
    set_calendar(site, country="custom", zone="", days=(6,))
    school = calendar_for(site)
    assert school.entries_between(d("2026-09-01"), d("2027-08-31")) == []
    assert school.is_school_day(d("2026-12-25"))
    assert not school.is_school_day(d("2026-12-27"))  # a Sunday


def test_school_days_weekdays_and_days_off(zone_a):
    school = calendar_for(zone_a)
    assert school.is_school_day(d("2026-12-18"))  # the last Friday before Christmas
    assert not school.is_school_day(d("2026-12-16"))  # a Wednesday: no class
    assert not school.is_day_off(d("2026-12-16"))  # but not a holiday
    assert not school.is_school_day(d("2026-12-21"))  # Christmas holidays
    assert school.is_day_off(d("2026-12-21"))
    assert not school.is_school_day(d("2026-11-11"))  # Armistice, a Wednesday anyway
    assert not school.is_school_day(d("2027-05-17"))  # Whit Monday


def test_next_school_day_and_next_holidays(zone_a):
    school = calendar_for(zone_a)
    assert school.next_school_day(d("2026-12-18")) == d("2027-01-04")
    assert school.next_school_day(d("2026-12-15")) == d("2026-12-17")  # past the Wednesday
    christmas = school.next_holidays(d("2026-11-27"))
    assert (christmas.start, christmas.end) == (d("2026-12-19"), d("2027-01-03"))
    # During the holidays, the holidays under way.
    assert school.next_holidays(d("2026-12-24")) == christmas
    assert school.next_holidays(d("2027-01-04")).start == d("2027-02-13")


def test_overview_for_families(zone_a):
    school = calendar_for(zone_a)
    during = school.overview(d("2026-12-24"))
    assert during.in_holidays and not during.school_day
    assert during.back_to_school == d("2027-01-04")
    before = school.overview(d("2026-11-27"))
    assert before.school_day and before.next_school_day == d("2026-11-30")
    assert before.holidays.start == d("2026-12-19") and not before.in_holidays
    with translation.override("fr"):
        assert calendar_for(zone_a).overview(d("2026-11-27")).weekdays_off == [
            "Mercredi",
            "Samedi",
            "Dimanche",
        ]


def test_weekly_days_without_class_on_request(zone_a):
    school = calendar_for(zone_a)
    week = school.entries_between(d("2026-11-30"), d("2026-12-06"), include_weekly=True)
    assert [(e.start, e.kind) for e in week] == [
        (d("2026-12-02"), NO_CLASS),
        (d("2026-12-05"), NO_CLASS),
        (d("2026-12-06"), NO_CLASS),
    ]
    assert school.entries_between(d("2026-11-30"), d("2026-12-06")) == []


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        # Christmas Eve, nine in the morning: the first school day after the holidays, same time.
        (datetime.datetime(2026, 12, 24, 9, 0, tzinfo=PARIS), datetime.datetime(2027, 1, 4, 9, 0)),
        # 23:30 UTC on Friday 18 December is already Saturday, the first day of the holidays, in Lyon.
        (
            datetime.datetime(2026, 12, 18, 23, 30, tzinfo=datetime.UTC),
            datetime.datetime(2027, 1, 4, 0, 30),
        ),
        # Winter holidays end in February; daylight saving time does not shift the hour.
        (datetime.datetime(2027, 2, 20, 18, 0, tzinfo=PARIS), datetime.datetime(2027, 3, 1, 18, 0)),
        # Spring holidays, in summer time.
        (
            datetime.datetime(2027, 4, 24, 7, 15, tzinfo=PARIS),
            datetime.datetime(2027, 4, 26, 7, 15),
        ),
    ],
)
def test_next_school_moment_waits_for_the_end_of_the_holidays(zone_a, moment, expected):
    moved = calendar_for(zone_a).next_school_moment(moment)
    assert moved.astimezone(PARIS).replace(tzinfo=None) == expected
    assert moved.utcoffset() is not None


def test_next_school_moment_leaves_school_days_and_plain_weekends(zone_a):
    """A Friday stays; a Wednesday or a Sunday without class is not a holiday (quiet hours decide)."""
    school = calendar_for(zone_a)
    for moment in (
        datetime.datetime(2026, 11, 27, 10, 0, tzinfo=PARIS),
        datetime.datetime(2026, 12, 2, 10, 0, tzinfo=PARIS),
        datetime.datetime(2026, 12, 6, 10, 0, tzinfo=PARIS),
    ):
        assert school.next_school_moment(moment) == moment
    with pytest.raises(ValueError, match="aware"):
        school.next_school_moment(datetime.datetime(2026, 12, 24, 9, 0))


def test_class_day_replaces_a_holiday_and_a_weekday_without_class(zone_a):
    """A school that keeps class on the Friday of the Ascension bridge, and on a Wednesday."""
    school_day(zone_a, DayKind.CLASS_DAY, d("2027-05-07"))
    school_day(zone_a, DayKind.CLASS_DAY, d("2026-12-09"))
    school = calendar_for(zone_a)
    assert school.is_school_day(d("2027-05-07"))
    assert school.is_school_day(d("2026-12-09"))
    bridge = [
        (e.start, e.end)
        for e in school.entries_between(d("2027-05-01"), d("2027-05-31"))
        if e.kind == SCHOOL_HOLIDAY
    ]
    assert bridge == [(d("2027-05-06"), d("2027-05-06")), (d("2027-05-08"), d("2027-05-08"))]


def test_schools_own_days_off(zone_a):
    school_day(zone_a, DayKind.PEDAGOGICAL, d("2026-12-07"), note="Formation des enseignants")
    school = calendar_for(zone_a)
    assert not school.is_school_day(d("2026-12-07"))
    assert school.next_school_day(d("2026-12-04")) == d("2026-12-08")
    (entry,) = school.entries_on(d("2026-12-07"))
    with translation.override("fr"):
        assert entry.name == "Journée pédagogique\u00a0: pas de classe"
    assert entry.note == "Formation des enseignants"


def test_a_school_year_the_library_does_not_hold_gives_a_notice_not_a_crash(zone_a):
    """The library stops in 2028: that year shows public holidays and the school's own days."""
    school_day(zone_a, DayKind.HOLIDAYS, d("2028-12-23"), d("2029-01-07"))
    school = calendar_for(zone_a)
    found = school.entries_between(d("2028-12-01"), d("2029-01-31"))
    assert [(e.kind, e.source) for e in found if e.kind == SCHOOL_HOLIDAY] == [
        (SCHOOL_HOLIDAY, "school")
    ]
    assert any(e.kind == PUBLIC_HOLIDAY and e.start == d("2028-12-25") for e in found)
    assert school.notices(d("2026-11-27")) == []
    with translation.override("fr"):
        (notice,) = school.notices(d("2028-01-10"))
    assert "2028–2029" in notice


def test_missing_zone_and_a_zone_stored_wrong_do_not_break_the_calendar(site):
    """A French school without a zone, or with a zone that does not exist, keeps public holidays
    and is told to choose its zone."""
    set_calendar(site, zone="")
    SchoolCalendarSettings.objects.filter(site=site).update(zone="Z", days_without_class="oops")
    school = calendar_for(site)
    found = school.entries_between(d("2026-12-01"), d("2027-01-31"))
    assert {e.kind for e in found} == {PUBLIC_HOLIDAY}
    assert school.is_school_day(d("2026-12-21"))
    assert len(school.notices(d("2026-11-27"))) == 1


@pytest.mark.parametrize(
    ("start", "end"),
    [
        (datetime.date(1, 1, 1), datetime.date(1, 2, 1)),
        (datetime.date(9999, 12, 1), datetime.date(9999, 12, 31)),
        (d("2027-01-10"), d("2026-01-10")),
    ],
)
def test_dates_far_off_or_reversed_give_nothing(zone_a, start, end):
    school = calendar_for(zone_a)
    assert school.entries_between(start, end) == []
    assert school.marks_between(start, end) == {}


def test_more_than_five_school_years_at_once_is_refused(zone_a):
    with pytest.raises(ValueError, match="five school years"):
        calendar_for(zone_a).entries_between(d("2020-01-01"), d("2030-01-01"))


def test_calendar_of_a_page_is_its_schools(zone_a, other_school, home):
    """Settings come from the school of the object, never from the default site."""
    set_calendar(other_school, country="qc", zone="")
    agenda = EventIndexPageFactory(parent=other_school.root_page)
    assert calendar_for(agenda).settings.country == "qc"
    assert calendar_for(EventIndexPageFactory(parent=home)).settings.country == "fr"


def test_calendar_of_the_school_settings_uses_their_time_zone(zone_a, other_school):
    """The mail scheduler holds a school's SchoolSettings: its calendar and time zone follow."""
    from portal.models import SchoolSettings

    settings = SchoolSettings.for_site(other_school)
    settings.time_zone = "America/Montreal"
    settings.save()
    set_calendar(other_school, country="qc", zone="", days=(5, 6))
    school = calendar_for(settings)
    assert school.settings.country == "qc"
    moment = datetime.datetime(2027, 6, 24, 9, 0, tzinfo=zoneinfo.ZoneInfo("America/Montreal"))
    moved = school.next_school_moment(moment)
    assert moved == datetime.datetime(
        2027, 6, 25, 9, 0, tzinfo=zoneinfo.ZoneInfo("America/Montreal")
    )
    assert calendar_for(SchoolSettings.for_site(zone_a)).settings.zone == "A"


def test_every_library_name_has_words_for_families():
    """When a library update brings a name the tables lack, this fails: add it to sources.py."""
    school_names = set(sources._school_holiday_dates().SUPPORTED_HOLIDAY_NAMES)
    assert school_names <= set(sources.SCHOOL_HOLIDAY_NAMES)
    for country in sources.PUBLIC_HOLIDAY_COUNTRIES:
        for _day, name, _fr in sources.public_holiday_dates(
            country, d("2024-01-01"), d("2031-12-31")
        ):
            assert name.removesuffix(sources.OBSERVED) in sources.PUBLIC_HOLIDAY_NAMES, name


@pytest.mark.parametrize("language", ["fr", "ar", "es", "pt", "tr", "uk"])
def test_holiday_names_are_translated_in_every_language(language):
    """Parents read the names of the holidays in their own language, never in English."""
    names = [*sources.SCHOOL_HOLIDAY_NAMES.values(), *sources.PUBLIC_HOLIDAY_NAMES.values()]
    with translation.override("en"):
        english = [str(name) for name in names]
    with translation.override(language):
        translated = [str(name) for name in names]
    untranslated = [e for e, t in zip(english, translated, strict=True) if e == t]
    assert untranslated == []
