"""Two schools on one installation: each one's emails, reminders, calendar files and printed
pages carry its own name, host, time zone and quiet hours."""

import datetime
import re
import zoneinfo

from django.core import mail

from wagtail.models import Page, Site

import icalendar
import pytest

from pages.events.mail import reminder_time
from pages.events.models import RSVP
from portal.models import SchoolSettings
from portal.schools import school_of
from tests.pages.events.factories import (
    BookingFactory,
    EventIndexPageFactory,
    EventPageFactory,
    SlotFactory,
)
from tests.pages.home.factories import HomePageFactory

pytestmark = pytest.mark.django_db

CAYENNE = zoneinfo.ZoneInfo("America/Cayenne")
PARIS = zoneinfo.ZoneInfo("Europe/Paris")
B = {"HTTP_HOST": "tilleuls.example.org"}


@pytest.fixture
def schools(site, home):
    first = SchoolSettings.for_site(site)
    first.school_name = "École Jean-Jaurès"
    first.save()
    other_home = HomePageFactory(parent=Page.get_first_root_node(), slug="tilleuls")
    other = Site.objects.create(hostname="tilleuls.example.org", port=80, root_page=other_home)
    SchoolSettings.objects.update_or_create(
        site=other,
        defaults={
            "school_name": "École des Tilleuls",
            "time_zone": "America/Cayenne",
            "quiet_hours_start": datetime.time(21, 0),
            "quiet_hours_end": datetime.time(8, 0),
            "quiet_on_sundays": False,
        },
    )
    events = {}
    for name, parent in (("a", home), ("b", other_home)):
        agenda = EventIndexPageFactory(parent=parent)
        events[name] = EventPageFactory(
            parent=agenda,
            title=f"Réunion {name.upper()}",
            rsvp_enabled=True,
            start=datetime.datetime(2030, 3, 12, 18, 0, tzinfo=CAYENNE if name == "b" else PARIS),
            end=datetime.datetime(2030, 3, 12, 19, 0, tzinfo=CAYENNE if name == "b" else PARIS),
        )
    return site, other, events


ANSWER = {"name": "Samira Benali", "email": "samira@example.org", "people": "1"}


def _answer_with_the_emailed_code(client, event, answer, **host):
    response = client.post(event.url, answer, **host)
    assert response.status_code == 302
    code = re.search(r"\b(\d{6})\b", mail.outbox[-1].body).group(1)
    assert client.post(response["Location"], {"code": code}, **host).status_code == 302


def test_each_schools_emails_carry_its_name_host_and_time_zone(client, schools):
    _site, _other, events = schools
    _answer_with_the_emailed_code(client, events["b"], ANSWER, **B)
    _answer_with_the_emailed_code(client, events["a"], {**ANSWER, "email": "a@example.org"})
    code_to_b, to_b, _code_to_a, to_a = mail.outbox
    assert code_to_b.subject.startswith("[École des Tilleuls] ")
    assert to_b.subject.startswith("[École des Tilleuls] ")
    assert "http://tilleuls.example.org/fr/" in to_b.body and "testserver" not in to_b.body
    assert "18:00" in to_b.body  # the time as the school's clock reads it
    (vevent,) = icalendar.Calendar.from_ical(to_b.attachments[0][1]).walk("VEVENT")
    assert vevent["DTSTART"].params["TZID"] == "America/Cayenne"
    assert vevent["UID"].endswith("@tilleuls.example.org")
    assert to_a.subject.startswith("[École Jean-Jaurès] ")
    assert "http://testserver/fr/" in to_a.body
    assert RSVP.objects.filter(event=events["b"]).count() == 1


def test_each_school_reminds_at_its_own_hours(schools, teacher):
    site, other, _events = schools
    # A meeting at 7:30 on the school's clock: the day before at 7:30 is quiet in Cayenne
    # (until 8:00) but not in Paris (until 7:00).
    now = datetime.datetime(2030, 3, 1, 12, 0, tzinfo=datetime.UTC)
    in_b = BookingFactory(
        slot=SlotFactory(
            host=teacher, site=other, start=datetime.datetime(2030, 3, 6, 7, 30, tzinfo=CAYENNE)
        )
    )
    in_a = BookingFactory(
        slot=SlotFactory(
            host=teacher, site=site, start=datetime.datetime(2030, 3, 6, 7, 30, tzinfo=PARIS)
        )
    )
    assert reminder_time(in_b, school_of(in_b), now) == datetime.datetime(
        2030, 3, 5, 8, 0, tzinfo=CAYENNE
    )
    assert reminder_time(in_a, school_of(in_a), now) == datetime.datetime(
        2030, 3, 5, 7, 30, tzinfo=PARIS
    )


def test_each_schools_calendar_feed_holds_its_own_events(client, schools):
    _site, _other, events = schools
    cal = icalendar.Calendar.from_ical(client.get("/feeds/events.ics", **B).content)
    assert str(cal["X-WR-CALNAME"]) == "École des Tilleuls"
    assert [str(e["SUMMARY"]) for e in cal.walk("VEVENT")] == ["Réunion B"]
    assert [tz["TZID"] for tz in cal.walk("VTIMEZONE")] == ["America/Cayenne"]
    cal = icalendar.Calendar.from_ical(client.get("/feeds/events.ics").content)
    assert [str(e["SUMMARY"]) for e in cal.walk("VEVENT")] == ["Réunion A"]


def test_each_schools_printed_page_leads_back_to_its_own_site(client, schools):
    _site, _other, events = schools
    printed = client.get(events["b"].url + "print/", **B).content.decode()
    assert "http://tilleuls.example.org/fr/" in printed and "testserver" not in printed
    assert "18:00" in printed
    pdf = client.get(events["b"].url + "pdf/", **B)
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")


def test_each_school_offers_its_own_appointment_times(client, schools, teacher):
    site, other, _events = schools
    SlotFactory(host=teacher, site=other)
    assert teacher.get_full_name() in client.get("/fr/appointments/", **B).content.decode()
    assert teacher.get_full_name() not in client.get("/fr/appointments/").content.decode()


def test_site_search_finds_only_the_pages_of_the_school_asked(client, schools):
    """Each school's visitors search their own school's pages, never the other school's."""
    a_found = client.get("/fr/search/", {"q": "Réunion"}).content.decode()
    b_found = client.get("/fr/search/", {"q": "Réunion"}, **B).content.decode()
    assert "Réunion A" in a_found and "Réunion B" not in a_found
    assert "Réunion B" in b_found and "Réunion A" not in b_found
