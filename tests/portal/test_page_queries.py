"""The pages families open most run at most 15 SQL queries once warm, whatever the number of
resources and events: the request's Site, Locale, school settings and privacy rules are read once."""

import pytest

from pages.events.models import EventPage
from resources.models import ResourcePage
from tests.pages.events.factories import EventIndexPageFactory, EventPageFactory
from tests.pages.events.test_agenda import _at

pytestmark = pytest.mark.django_db

MAX_QUERIES = 15
PAGES = ["home", "parents' space", "resource", "library", "agenda", "event"]


@pytest.fixture
def school(home, parent_space, library, make_resource):
    def fill(count):
        agenda = EventIndexPageFactory(parent=home)
        for n in range(count):
            make_resource(title=f"Fiche {n}", featured=n % 3 == 0)
            EventPageFactory(
                parent=agenda,
                start=_at(n % 20, 18),
                end=_at(n % 20, 19),
                recurrence="FREQ=WEEKLY;COUNT=4" if n % 5 == 0 else "",
            )
        return {
            "home": "/fr/",
            "parents' space": parent_space.url,
            "resource": ResourcePage.objects.first().url,
            "library": library.url,
            "agenda": agenda.url,
            "event": EventPage.objects.first().url,
        }

    return fill


@pytest.mark.parametrize("count", [10, 200])
def test_each_page_stays_within_its_query_budget(
    client, school, count, django_assert_max_num_queries
):
    urls = school(count)
    for name in PAGES:
        assert client.get(urls[name]).status_code == 200  # warms the caches
        with django_assert_max_num_queries(MAX_QUERIES, info=name):
            assert client.get(urls[name]).status_code == 200
