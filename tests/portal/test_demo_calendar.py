"""The demo's events fall on the weekday and at the time their words give, in term time of the
current school year: never on a Sunday, never on a Wednesday (the parents' space says there is
no class then), never in the holidays."""

import datetime

import pytest

from pages.events.models import EventPage
from pages.events.recurrence import occurrences
from portal.management.demo import events
from portal.school_calendar.calendar import calendar_for, school_year_of
from tests.portal.test_bootstrap_demo import build_foundation

pytestmark = pytest.mark.django_db
TUESDAY, WEDNESDAY, THURSDAY, SATURDAY, SUNDAY, MONDAY = 1, 2, 3, 5, 6, 0


def _occurrences(school):
    zone = school.zone
    found = {}
    for event in EventPage.objects.filter(locale__language_code="fr"):
        found[event.slug] = [
            (occ.start.astimezone(zone), occ.end.astimezone(zone))
            for occ in occurrences(event, zone)
        ]
    return found


@pytest.mark.parametrize(
    "today",
    [
        "2026-11-27",  # a Friday in term
        "2026-12-16",  # a Wednesday just before Christmas
        "2027-02-20",  # in the winter holidays
        "2027-06-25",  # the last week of the school year
        "2027-07-20",  # the summer holidays: the demo is in the coming school year
    ],
)
def test_demo_events_are_in_term_time_on_the_days_their_words_give(locales, today):
    today = datetime.date.fromisoformat(today)
    site = build_foundation()
    events.build(locales, site.root_page.specific, today=today)
    school = calendar_for(site)
    assert school.settings.zone == "A"
    found = _occurrences(school)
    assert len(found) == len(events.EVENTS)
    school_year = school_year_of(school.next_school_day(today - datetime.timedelta(days=1)))
    for slug, dates in found.items():
        assert dates, slug
        for start, _end in dates:
            day = start.date()
            assert day.weekday() not in (WEDNESDAY, SUNDAY), (slug, day)
            assert not school.is_day_off(day), (slug, day, school.entries_on(day))
            assert school_year_of(day) == school_year, (slug, day)
    # What the words say.
    assert {(s.weekday(), s.time()) for s, _e in found["cafe-des-parents"]} == {
        (TUESDAY, datetime.time(8, 30))
    }
    assert len(found["cafe-des-parents"]) == 8
    assert {s.weekday() for s, _e in found["cafe-langues"]} == {THURSDAY}
    assert all(s.weekday() == MONDAY and s.day <= 7 for s, _e in found["atelier-ecrans"])
    ((fete, _end),) = found["fete-de-lecole"]
    assert (fete.weekday(), fete.time()) == (SATURDAY, datetime.time(10, 0))
    holidays = school.next_holidays(fete.date())
    assert 0 < (holidays.start - fete.date()).days <= 7
    # The school days of the week carry the events that need class (an outing, an open morning).
    for slug in ("sortie-ferme", "matinee-portes-ouvertes", "reunion-de-rentree-cp"):
        assert all(school.is_school_day(s.date()) for s, _e in found[slug]), slug


def test_demo_agenda_twice_is_the_same(locales):
    site = build_foundation()
    today = datetime.date(2026, 11, 27)
    events.build(locales, site.root_page.specific, today=today)
    first = sorted(EventPage.objects.values_list("slug", "start", "recurrence", "exceptions"))
    events.build(locales, site.root_page.specific, today=today + datetime.timedelta(days=3))
    assert sorted(EventPage.objects.values_list("slug", "start", "recurrence", "exceptions")) == (
        first
    )


def test_the_election_is_in_the_agenda_once(locales):
    """The election's event comes from the election page; the one earlier demos made by hand
    beside it is removed from a database that still has it."""
    from portal.management.demo import followup

    site = build_foundation()
    home = site.root_page.specific
    today = datetime.date(2026, 11, 27)
    agenda, _second = events.build(locales, home, today=today)
    old = EventPage(
        title="Élection des représentants de parents",
        slug="elections-representants",
        locale=locales["fr"],
        start=datetime.datetime(2026, 12, 4, 7, tzinfo=datetime.UTC),
        end=datetime.datetime(2026, 12, 4, 11, tzinfo=datetime.UTC),
        category="elections",
    )
    agenda.add_child(instance=old)
    old.save_revision().publish()
    events.build(locales, home, today=today)
    followup.build(locales, home, site, today=today)
    events.build(locales, home, today=today)  # a second run changes nothing
    elections = EventPage.objects.filter(category="elections", locale__language_code="fr")
    assert sorted(elections.values_list("slug", flat=True)) == ["elections-2025", "elections-2026"]
    assert not EventPage.objects.filter(slug="elections-representants").exists()
