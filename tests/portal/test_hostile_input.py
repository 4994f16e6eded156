"""Whatever a visitor types or puts in an address, no public page answers with an error.

A school with one page of every type, an open appointment slot, a booking, an answer to an event
and a password-protected page is built; each public address is opened, and the fields of every
form it shows (and the query parameters of its own links) become targets. Hypothesis then throws
generated values at each target: text with control characters, very long or in any script,
integers of any size, dates from year 1 to 9999, hostile strings. Every answer must be below 500
(the test client re-raises a server error, so a failure shows its traceback and the smallest
value that causes it).

Examples are bounded (HOSTILE_EXAMPLES, default 6 per target) so that the run stays under a minute
per database.
"""

import datetime
import os
from html.parser import HTMLParser
from urllib.parse import parse_qsl, urljoin, urlsplit

from django.test import Client
from django.utils import timezone

from wagtail.models import PageViewRestriction

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from portal.notify.links import make
from tests.pages.events.factories import (
    BookingFactory,
    EventPageFactory,
    RSVPFactory,
    SlotFactory,
)
from tests.pages.home.factories import StandardPageFactory
from tests.partners.factories import (
    AnsweredQuestionPageFactory,
    CampaignFactory,
    ParentQuestionsPageFactory,
    PartnerFactory,
    PartnerIndexPageFactory,
    QuestionnairePageFactory,
)
from tests.resources.factories import ResourceIndexPageFactory, ResourcePageFactory

pytestmark = pytest.mark.django_db

EXAMPLES = int(os.environ.get("HOSTILE_EXAMPLES", "6"))
#: Fields the site fills itself, or that only carry the form's protection.
SKIPPED = {"csrfmiddlewaretoken"}


def _month(day):
    return f"{day.year:04d}-{day.month:02d}"


#: One value typed into one field.
VALUE = st.one_of(
    st.text(max_size=40),
    st.text(st.characters(codec="utf-8", categories=["Cc", "Cf", "Zs", "Mn"]), max_size=20),
    st.integers(min_value=-(10**25), max_value=10**25).map(str),
    st.sampled_from(["9" * 5_000, "1" * 20, "x" * 100_000, "é" * 10_000]),
    st.dates().map(datetime.date.isoformat),
    st.dates().map(_month),
    st.sampled_from(
        [
            "",
            "0",
            "-1",
            "1e309",
            "NaN",
            "\x00",
            '"',
            "' OR 1=1 --",
            '"a" OR b*',
            "<script>alert(1)</script>",
            "../../etc/passwd",
            "https://evil.example.org/",
            "//evil.example.org",
            "0001-01-01",
            "9999-12-31",
            "9999-12",
            "0000-00",
            "25:99",
            "\ud7ff\ufeff\u202e",
        ]
    ),
)


class _Forms(HTMLParser):
    """The forms of a page (method, action, field names) and the query parameters of its links."""

    def __init__(self):
        super().__init__()
        self.forms, self.links = [], []
        self._form = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self._form = {
                "method": (attrs.get("method") or "get").lower(),
                "action": attrs.get("action") or "",
                "fields": set(),
            }
            self.forms.append(self._form)
        elif tag in ("input", "select", "textarea", "button") and self._form is not None:
            if attrs.get("name") and attrs["name"] not in SKIPPED:
                self._form["fields"].add(attrs["name"])
        elif tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None


@pytest.fixture
def school(home, site, teacher, agenda):
    """One page of every type, with what a visitor can act on."""
    StandardPageFactory(parent=home, title="La cantine", slug="cantine")
    event = EventPageFactory(parent=agenda, rsvp_enabled=True, capacity=50)
    answer = RSVPFactory(event=event)
    waiting = RSVPFactory(event=event, confirmed_at=None, held_until=timezone.now())
    library = ResourceIndexPageFactory(parent=home)
    resource = ResourcePageFactory(parent=library)
    directory = PartnerIndexPageFactory(parent=home)
    PartnerFactory()
    CampaignFactory()
    questionnaire = QuestionnairePageFactory(parent=home)
    questions = ParentQuestionsPageFactory(parent=home)
    answered = AnsweredQuestionPageFactory(parent=questions)
    slot = SlotFactory(host=teacher)
    booking = BookingFactory(slot=SlotFactory(host=teacher))
    unconfirmed = BookingFactory(slot=SlotFactory(host=teacher), confirmed_at=None)
    locked = StandardPageFactory(parent=home, title="Réservé", slug="reserve")
    PageViewRestriction.objects.create(
        page=locked, restriction_type=PageViewRestriction.PASSWORD, password="tournesol"
    )
    pages = [home, agenda, event, library, resource, directory, questionnaire, questions]
    pages += [answered, locked]
    return [page.url for page in pages] + [
        "/fr/search/?q=cantine",
        "/fr/appointments/",
        f"/fr/appointments/?host={teacher.pk}",
        f"/fr/appointments/slot/{slot.pk}/",
        f"/fr/appointments/confirm/{make('booking', unconfirmed)}/",
        f"/fr/appointments/booking/{make('booking', booking)}/",
        f"/fr/events/answer/{make('rsvp', answer)}/cancel/",
        f"/fr/events/answer/{make('rsvp-confirm', waiting)}/confirm/",
        f"/feeds/events.ics?category=cafe&audience=school&lang=fr&ics={event.pk}",
        f"{agenda.url}?view=week&date={timezone.localdate().isoformat()}",
        f"{agenda.url}?view=list&category=cafe&audience=school&archive=1",
        f"{library.url}?q=ecran&page=2",
        f"{resource.url}print/",
        "/fr/accounts/login/",
        "/fr/accounts/signup/",
        "/fr/accounts/password/reset/",
        "/fr/accounts/login/code/",
        "/sitemap.xml",
        "/data/partners.csv?town=Lyon",
    ]


def _targets(client, addresses):
    """(method, path, fields) for every form and every set of query parameters found."""
    found = {}
    for address in addresses:
        response = client.get(address)
        assert response.status_code < 500, address
        path = urlsplit(address).path
        query = {name for name, _value in parse_qsl(urlsplit(address).query)}
        if query:
            found[("get", path)] = found.get(("get", path), set()) | query
        if "html" not in response.get("Content-Type", ""):
            continue
        parser = _Forms()
        parser.feed(response.content.decode())
        for form in parser.forms:
            action = urlsplit(urljoin(address, form["action"])).path
            if form["fields"] and not action.startswith("/admin/"):
                key = (form["method"], action)
                found[key] = found.get(key, set()) | form["fields"]
        for href in parser.links:
            link = urlsplit(urljoin(address, href))
            if link.netloc or link.path != path or not link.query:
                continue
            names = {name for name, _value in parse_qsl(link.query)}
            found[("get", path)] = found.get(("get", path), set()) | names
    return sorted((method, path, sorted(fields)) for (method, path), fields in found.items())


def test_every_public_form_and_parameter_survives_generated_input(school):
    client = Client(REMOTE_ADDR="198.51.100.7")
    targets = _targets(client, school)
    # Every family's forms are reached: answers, bookings, questions, the questionnaire, search.
    fields = {name for _method, _path, names in targets for name in names}
    assert {"email", "q", "people", "code", "view", "host", "password"} <= fields, fields
    assert len(targets) >= 15, targets

    def check(method, path, names):
        @settings(
            max_examples=EXAMPLES,
            deadline=None,
            database=None,
            derandomize=True,
            suppress_health_check=list(HealthCheck),
        )
        @given(st.fixed_dictionaries({}, optional=dict.fromkeys(names, VALUE)))
        def survives(data):
            answer = getattr(client, method)(path, data)
            assert answer.status_code < 500, (method, path, data)

        survives()

    for target in targets:
        check(*target)
