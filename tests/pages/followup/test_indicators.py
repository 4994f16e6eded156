"""Indicators are counted from bookings, answers, events and elections, in a constant number of
queries; counts of fewer than five families are never given."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

import pytest

from pages.events.models import Booking, Slot
from pages.followup import indicators
from pages.followup.periods import Quarter
from portal.classes.models import SchoolClass
from tests.factories import UserFactory
from tests.pages.events.factories import EventPageFactory, RSVPFactory
from tests.pages.followup.conftest import at
from tests.pages.followup.factories import ElectionPageFactory

pytestmark = pytest.mark.django_db

Q1 = Quarter(2030, 1)


def book(site, host, start, child_class="CM1 B", **fields):
    slot = Slot.objects.create(
        host=host, site=site, start=start, end=start + datetime.timedelta(minutes=20)
    )
    return Booking.objects.create(
        slot=slot,
        name="Famille",
        email=f"f{slot.pk}@example.org",
        child_class=child_class,
        confirmed_at=start,
        **fields,
    )


@pytest.fixture
def school_year(site, agenda):
    host = UserFactory(email="maitresse@example.org", role="Teacher")
    SchoolClass.objects.create(site=site, name="CM1 B", level="CM1", teacher=host)
    SchoolClass.objects.create(site=site, name="CE1 A", level="CE1")
    # This quarter: seven meetings in CM1 B (six attended, two in the evening), three in CE1 A.
    for n, day in enumerate((14, 15, 16, 17, 18, 21, 22)):  # weekdays only
        hour = 18 if n < 2 else 16
        book(
            site,
            host,
            at(2030, 10, day, hour),
            attended=n < 6,
            companion="interpreter" if n < 5 else "",
        )
    for n in range(3):
        book(site, host, at(2030, 11, 4 + n), child_class="ce1 a ")
    # Last quarter and the same quarter last year.
    for n in range(6):
        book(site, host, at(2030, 7, 1 + n))
    for n in range(8):
        book(site, host, at(2029, 10, 1 + n))
    cafe = EventPageFactory(
        parent=agenda, category="cafe", start=at(2030, 10, 10, 19), end=at(2030, 10, 10, 21)
    )
    for n in range(8):
        RSVPFactory(event=cafe, attended=n < 6)
    morning = EventPageFactory(
        parent=agenda, category="open-morning", start=at(2030, 11, 20, 9), end=at(2030, 11, 20, 11)
    )
    for _n in range(3):
        RSVPFactory(event=morning, attended=True)
    ElectionPageFactory(parent=site.root_page, registered_voters=200, votes_cast=50)
    return host


def _row(figures, key):
    return next(row for row in figures.rows if row.indicator.key == key)


def test_figures_come_from_bookings_answers_and_elections(site, school_year):
    figures = indicators.compute(site, Q1)
    assert _row(figures, "meetings_booked").current == 10
    assert _row(figures, "meetings_booked").previous == 6
    assert _row(figures, "meetings_booked").last_year == 8
    assert _row(figures, "meetings_booked").change == 4
    assert _row(figures, "meetings_attended").current == 6
    assert _row(figures, "meetings_interpreter").current == 5
    assert _row(figures, "meetings_after_work").current == 2
    assert _row(figures, "visits").current == 9
    assert _row(figures, "visits_cafe").current == 6
    assert _row(figures, "visits_open_morning").current == 3
    assert _row(figures, "visits_after_work").current == 6
    assert _row(figures, "events_after_work").current == 1
    assert _row(figures, "election_turnout").current == 25.0
    by_class = dict(figures.classes)
    assert by_class["CM1 B"][0].current == 7
    assert by_class["CE1 A"][0].current == 3


def test_the_digital_questionnaire_feeds_the_indicators(site, school_year):
    """Anonymous answers are counted per quarter and per class given, never listed."""
    from partners.questionnaire.models import Response
    from tests.partners.factories import CampaignFactory

    campaign = CampaignFactory(opens_on=datetime.date(2030, 9, 20))
    cm1 = SchoolClass.objects.get(name="CM1 B")
    for n in range(8):
        Response.objects.create(
            campaign=campaign,
            school_class=cm1 if n < 6 else None,
            language="fr",
            answered_on=datetime.date(2030, 10, 1 + n),
        )
    Response.objects.create(campaign=campaign, language="ar", answered_on=datetime.date(2030, 7, 1))
    figures = indicators.compute(site, Q1)
    answers = _row(figures, "questionnaire_answers")
    assert (answers.current, answers.previous) == (8, 1)
    by_class = dict(figures.classes)
    cm1_answers = next(r for r in by_class["CM1 B"] if r.indicator.key == "questionnaire_answers")
    assert cm1_answers.current == 6
    with translation.override("en"):
        assert answers.shown_current == "8"


def test_fewer_than_five_families_are_never_given(site, school_year):
    figures = indicators.compute(site, Q1)
    with translation.override("en"):
        assert _row(figures, "meetings_after_work").shown_current == "fewer than 5"
        assert _row(figures, "visits_open_morning").shown_current == "fewer than 5"
        assert dict(figures.classes)["CE1 A"][0].shown_current == "fewer than 5"
        assert _row(figures, "meetings_booked").shown_current == "10"
        # A change is not given when one of its figures is hidden.
        assert _row(figures, "meetings_after_work").shown_change == "–"
        # Events are not families: a small number of them is given.
        assert _row(figures, "events_after_work").shown_current == "1"
    for value in (0, 1, 4):
        with translation.override("en"):
            assert indicators.shown(value) == "fewer than 5"
    assert indicators.shown(5) == "5"


def test_another_family_of_pages_can_add_an_indicator(site, school_year):
    def thanks(site, quarters, zone):
        found = indicators.Counts()
        found.totals["partner_visits"][Q1.key] = 12
        return found

    extra = indicators.Indicator("partner_visits", "Visits to partners")
    indicators.register(extra, source=thanks)
    try:
        assert _row(indicators.compute(site, Q1), "partner_visits").current == 12
    finally:
        indicators._indicators.pop("partner_visits")
        indicators._sources.remove(thanks)


def _queries(site):
    with CaptureQueriesContext(connection) as captured:
        indicators.compute(site, Q1)
    return len(captured)


def test_queries_do_not_grow_with_the_records(site, agenda):
    host = UserFactory(email="hote@example.org", role="Teacher")
    event = EventPageFactory(
        parent=agenda, category="cafe", start=at(2030, 10, 10, 19), end=at(2030, 10, 10, 21)
    )
    for n in range(10):
        book(site, host, at(2030, 10, 1, 8) + datetime.timedelta(minutes=30 * n))
        RSVPFactory(event=event, attended=True)
    _queries(site)  # the school's settings are read once, then cached
    few = _queries(site)
    for n in range(190):
        book(site, host, at(2030, 10, 2, 8) + datetime.timedelta(minutes=30 * n))
        RSVPFactory(event=event, attended=True)
    assert indicators.compute(site, Q1).rows[0].current == 200
    assert _queries(site) == few


def test_gazette_readings_confirmed_per_class_never_named(site, home):
    """Confirmations of reading the gazette count per class followed; a family following two
    classes counts once for the school; under five is "fewer than 5"."""
    from pages.gazette.models import Acknowledgement
    from tests.pages.gazette.factories import GazetteIndexPageFactory, GazettePageFactory

    cm1 = SchoolClass.objects.create(site=site, name="CM1 B", level="CM1")
    ce1 = SchoolClass.objects.create(site=site, name="CE1 A", level="CE1")
    issue = GazettePageFactory(parent=GazetteIndexPageFactory(parent=home))
    for n in range(7):
        thanks = Acknowledgement.objects.create(
            issue=issue, section="news-all", created_at=at(2030, 10, 1 + n)
        )
        thanks.classes.set([cm1, ce1] if n < 2 else [cm1])
    last_year = Acknowledgement.objects.create(
        issue=issue, section="news-all", created_at=at(2029, 10, 1)
    )
    last_year.classes.set([ce1])
    figures = indicators.compute(site, Q1)
    total = _row(figures, "gazette_thanks")
    assert (total.current, total.last_year) == (7, 1)
    with translation.override("en"):
        assert total.shown_last_year == "fewer than 5"
    by_class = {name: {r.indicator.key: r for r in rows} for name, rows in figures.classes}
    assert by_class["CM1 B"]["gazette_thanks"].current == 7
    assert by_class["CE1 A"]["gazette_thanks"].current == 2
    with translation.override("fr"):
        assert by_class["CE1 A"]["gazette_thanks"].shown_current == "moins de 5"
