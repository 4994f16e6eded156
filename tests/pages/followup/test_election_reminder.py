"""Families are reminded of the representatives' election through the agenda and the gazette."""

import datetime

from django.utils import timezone

import pytest

from pages.events.models import EventPage
from pages.followup.models import ElectionPage
from tests.pages.events.factories import EventPageFactory
from tests.pages.followup.conftest import PARIS
from tests.pages.followup.factories import ElectionPageFactory
from tests.pages.gazette.factories import GazetteIndexPageFactory, GazettePageFactory

pytestmark = pytest.mark.django_db


def _publish(page):
    page.save_revision().publish()
    return ElectionPage.objects.get(pk=page.pk)


def test_publishing_the_election_puts_the_vote_in_the_agenda(home, agenda):
    """The vote shows in the agenda at its day and hours, with a link to how to vote; a new date
    moves it, and publishing again adds no second event."""
    election = _publish(
        ElectionPageFactory(
            parent=home, title="Élections 2030–2031", plain_words="Chaque parent vote."
        )
    )
    event = EventPage.objects.get(category="elections")
    assert event.live and event.title == "Élections 2030–2031"
    assert event.plain_words == "Chaque parent vote."
    assert event.start.astimezone(PARIS) == datetime.datetime(2030, 10, 11, 8, 0, tzinfo=PARIS)
    assert event.end.astimezone(PARIS) == datetime.datetime(2030, 10, 11, 12, 0, tzinfo=PARIS)
    assert election.url in str(event.description)
    election.date = datetime.date(2030, 10, 18)
    _publish(election)
    _publish(election)
    (event,) = EventPage.objects.filter(category="elections")
    assert event.start.astimezone(PARIS).date() == datetime.date(2030, 10, 18)


def test_no_agenda_no_event(home):
    """A school without an agenda publishes its election page all the same."""
    election = _publish(ElectionPageFactory(parent=home))
    assert election.live and not EventPage.objects.exists()


def test_the_gazette_opens_its_next_events_with_the_coming_election(client, home, agenda):
    """However many events come first, an election in the next weeks heads the issue's list."""
    soon = timezone.now() + datetime.timedelta(days=1)
    for n in range(12):
        EventPageFactory(
            parent=agenda, title=f"Atelier {n}", start=soon + datetime.timedelta(hours=n)
        )
    vote_day = (soon + datetime.timedelta(days=20)).astimezone(PARIS).date()
    election = ElectionPageFactory(
        parent=home,
        title="Élection des représentants",
        school_year=vote_day.year if vote_day.month >= 9 else vote_day.year - 1,
        date=vote_day,
    )
    _publish(election)
    issue = GazettePageFactory(parent=GazetteIndexPageFactory(parent=home))
    html = client.get(issue.url).content.decode()
    assert "Élection des représentants" in html
    assert "Atelier 0" in html and "Atelier 2" not in html  # three events shown: the vote first


def test_a_far_election_waits_its_turn_in_the_gazette(client, home, agenda):
    """Months before the vote, the gazette lists the next events in their order."""
    soon = timezone.now() + datetime.timedelta(days=1)
    for n in range(3):
        EventPageFactory(
            parent=agenda, title=f"Atelier {n}", start=soon + datetime.timedelta(hours=n)
        )
    EventPageFactory(
        parent=agenda,
        title="Élection lointaine",
        category="elections",
        start=soon + datetime.timedelta(days=120),
    )
    issue = GazettePageFactory(parent=GazetteIndexPageFactory(parent=home))
    html = client.get(issue.url).content.decode()
    assert "Atelier 2" in html and "Élection lointaine" not in html
