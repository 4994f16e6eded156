import zoneinfo

import pytest

from pages.events.models import EventPage
from tests.pages.events.factories import EventPageFactory
from tests.pages.events.test_agenda import _at

pytestmark = pytest.mark.django_db


def test_home_page_shows_the_next_events(client, agenda):
    """Parents see what happens soon from the front door, in time order, past ones left out."""
    EventPageFactory(parent=agenda, title="Plus tard", start=_at(9), end=_at(9, 19))
    EventPageFactory(parent=agenda, title="Bientôt", start=_at(2), end=_at(2, 19))
    EventPageFactory(parent=agenda, title="Passé", start=_at(-2), end=_at(-2, 19))
    html = client.get("/fr/").content.decode()
    assert html.index("Bientôt") < html.index("Plus tard")
    assert "Passé" not in html
    assert 'href="/fr/agenda/"' in html


def test_upcoming_limits_and_expands_repeats(agenda, locales):
    EventPageFactory(
        parent=agenda,
        title="Café",
        start=_at(1, 8),
        end=_at(1, 9),
        recurrence="FREQ=WEEKLY;COUNT=5",
    )
    zone = zoneinfo.ZoneInfo("Europe/Paris")
    found = EventPage.objects.in_language(locales["fr"]).upcoming(zone, limit=3)
    assert [occ.event.title for occ in found] == ["Café"] * 3
    assert found[0].start < found[1].start < found[2].start


def test_parent_space_explains_how_to_book_a_meeting(client, parent_space):
    html = client.get(parent_space.url).content.decode()
    assert 'id="book-a-meeting"' in html
    assert 'href="/fr/appointments/"' in html
