"""Every page an anonymous visitor can open runs at most 12 SQL queries, whatever the number of
resources, events and partners: the request's Site, Locale, school settings, privacy rules and
translations are read once. The page cache is off here: these are the queries of a page built
from scratch (only the caches that last across requests, such as the menu, are warm).

A new page kind is one line in `PAGES`: a name and a function of the filled school giving its URL.
"""

from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

import pytest

from pages.events.models import EventPage
from portal.models import SchoolSettings
from portal.school_calendar.models import SchoolCalendarSettings
from resources.models import ResourcePage
from tests.pages.charter.factories import adopted_charter
from tests.pages.events.factories import EventIndexPageFactory, EventPageFactory
from tests.pages.events.test_agenda import _at
from tests.pages.followup.factories import ElectionPageFactory
from tests.pages.gazette.factories import GazetteIndexPageFactory, GazettePageFactory
from tests.partners.factories import PartnerFactory, PartnerIndexPageFactory

pytestmark = pytest.mark.django_db

MAX_QUERIES = 12

#: name → URL of that kind of page in the school filled by the `school` fixture.
PAGES = {
    "home": lambda s: "/fr/",
    "parents' space": lambda s: s["parent_space"].url,
    "library": lambda s: s["library"].url,
    "library with filters": lambda s: s["library"].url + "?theme=ecrans&level=elementaire",
    "library with search": lambda s: s["library"].url + "?q=fiche",
    "resource": lambda s: ResourcePage.objects.first().url,
    "agenda month": lambda s: s["agenda"].url + "?view=month",
    "agenda week": lambda s: s["agenda"].url + f"?view=week&date={_at(1).date().isoformat()}",
    "agenda list": lambda s: s["agenda"].url + "?view=list",
    "event": lambda s: EventPage.objects.first().url,
    "site search": lambda s: "/fr/search/?q=fiche",
    "partners": lambda s: s["directory"].url,
    "partner": lambda s: s["directory"].url + "centre-social-0/",
    "gazette archive": lambda s: s["gazette"].url,
    "gazette issue": lambda s: s["gazette"].get_children().live().last().url,
    "gazette feed": lambda s: "/feeds/gazette.xml?lang=fr",
    "charter": lambda s: s["charter"].url,
    "election": lambda s: s["election"].url,
}


@pytest.fixture
def school(site, home, parent_space, library, make_resource):
    """fill(count) brings the school to `count` resources, events and partners."""
    # A school's settings are created at their first reading, a change that empties the caches.
    SchoolSettings.for_site(site)
    SchoolCalendarSettings.for_site(site)
    made = []
    agenda = EventIndexPageFactory(parent=home)
    directory = PartnerIndexPageFactory(parent=home)
    gazette = GazetteIndexPageFactory(parent=home)
    charter = adopted_charter(
        home, [(f"Article {n}", "Personne ne doit répondre tout de suite.") for n in range(8)]
    )
    election = ElectionPageFactory(parent=home)

    def fill(count):
        for n in range(len(made), count):
            make_resource(title=f"Fiche {n}", featured=n % 3 == 0)
            EventPageFactory(
                parent=agenda,
                start=_at(n % 20, 18),
                end=_at(n % 20, 19),
                recurrence="FREQ=WEEKLY;COUNT=4" if n % 5 == 0 else "",
            )
            PartnerFactory(name=f"Centre social {n}")
            GazettePageFactory(parent=gazette)
            made.append(n)
        return {
            "parent_space": parent_space,
            "library": library,
            "agenda": agenda,
            "directory": directory,
            "gazette": gazette,
            "charter": charter,
            "election": election,
        }

    return fill


def spent(client, filled):
    """{page kind: SQL queries of the page built from scratch}."""
    counts = {}
    with override_settings(PAGE_CACHE_SECONDS=0):
        for name, url in PAGES.items():
            for _ in range(2):  # warms what outlives a request (the menu, the privacy rules)
                assert client.get(url(filled)).status_code == 200
            with CaptureQueriesContext(connection) as queries:
                assert client.get(url(filled)).status_code == 200
            counts[name] = len(queries)
    return counts


def test_each_page_stays_within_its_query_budget_whatever_the_content(client, school):
    few = spent(client, school(10))
    many = spent(client, school(200))
    assert {name: n for name, n in many.items() if n > MAX_QUERIES} == {}
    # More content never costs more queries (a search may cost one less: a first page filled
    # with the visitor's own language needs no French fallback).
    assert {name: n for name, n in many.items() if n > few[name]} == {}
