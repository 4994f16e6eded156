"""Directors set where the school is and its own days in the admin; wrong input gets a clear
message and saves nothing; other roles are refused; editors are warned, not stopped, when an
event falls in the holidays."""

from wagtail.test.utils.form_data import nested_form_data, streamfield

import pytest

from pages.events.models import EventPage
from portal import roles
from portal.school_calendar.models import SchoolCalendarSettings, SchoolDay
from tests.i18n import french
from tests.pages.events.factories import EventIndexPageFactory, EventPageFactory

from .conftest import set_calendar

pytestmark = pytest.mark.django_db
DAYS = "/admin/school-days/"


def settings_url(site):
    return f"/admin/settings/school_calendar/schoolcalendarsettings/{site.pk}/"


def post_settings(client, site, **fields):
    data = {"country": "fr", "zone": "A", "days_without_class": ["2", "5", "6"], **fields}
    return client.post(settings_url(site), data)


def test_director_sets_the_zone_and_the_days_without_class(director_client, site):
    SchoolCalendarSettings.for_site(site)
    before = SchoolCalendarSettings.for_site(site).revision
    response = post_settings(director_client, site, zone="C", days_without_class=["2", "6"])
    assert response.status_code == 302
    saved = SchoolCalendarSettings.for_site(site)
    assert (saved.zone, saved.days_without_class) == ("C", [2, 6])
    assert saved.revision != before


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"zone": ""}, "Metropolitan France has zones A, B and C: choose the school’s zone."),
        ({"country": "qc", "zone": "B"}, None),
        ({"zone": "D"}, None),
        ({"country": "<script>alert(1)</script>"}, None),
        ({"days_without_class": ["9"]}, None),
        ({"days_without_class": ["x" * 5000]}, None),
    ],
)
def test_wrong_settings_are_refused_with_a_message(director_client, site, fields, message):
    set_calendar(site, zone="A")
    response = post_settings(director_client, site, **fields)
    assert response.status_code == 200
    html = response.content.decode()
    assert "error-message" in html
    assert "<script>alert(1)</script>" not in html
    if message:
        assert french(message) in html
    if fields.get("country") == "qc":
        assert french(
            "%(country)s has no holiday zones: leave the zone empty.", country="Québec"
        ) in (html.replace("&#x27;", "'"))
    assert SchoolCalendarSettings.for_site(site).zone == "A"


def test_settings_page_tells_the_director_what_is_missing(director_client, site):
    set_calendar(site, zone="")
    SchoolCalendarSettings.objects.filter(site=site).update(zone="")
    html = director_client.get(settings_url(site)).content.decode()
    assert (
        french(
            "Choose the school’s holiday zone in Settings → School calendar. Until then, "
            "the calendar shows public holidays and the school’s own days only."
        )
        in html
    )


def test_director_adds_a_pedagogical_day(director_client, site):
    response = director_client.post(
        f"{DAYS}new/",
        {
            "site": site.pk,
            "kind": "pedagogical",
            "start": "2026-12-07",
            "end": "2026-12-07",
            "note": "Formation des enseignants",
        },
    )
    assert response.status_code == 302
    assert SchoolDay.objects.get().note == "Formation des enseignants"
    listing = director_client.get(DAYS)
    assert "Formation des enseignants" in listing.content.decode()


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        (
            {"start": "2026-12-10", "end": "2026-12-07"},
            "The last day cannot come before the first day.",
        ),
        (
            {"start": "2026-01-01", "end": "2026-12-31"},
            "A period lasts at most 120 days. Add longer ones in parts.",
        ),
        ({"start": "1850-01-01", "end": "1850-01-02"}, "Choose a date between 2000 and 2100."),
        ({"start": "", "end": ""}, None),
        ({"start": "30/02/2026", "end": "x" * 1000}, None),
        ({"kind": "holidays'; DROP TABLE school_day;--"}, None),
        ({"note": "x" * 5000}, None),
        ({"site": "999999"}, None),
    ],
)
def test_wrong_days_are_refused_with_a_message(director_client, site, fields, message):
    data = {
        "site": site.pk,
        "kind": "closure",
        "start": "2026-12-07",
        "end": "2026-12-07",
        "note": "",
        **fields,
    }
    response = director_client.post(f"{DAYS}new/", data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "error-message" in html
    if message:
        assert french(message) in html
    assert not SchoolDay.objects.exists()


def test_the_create_form_proposes_the_school_of_the_admin_address(director_client, site):
    html = director_client.get(f"{DAYS}new/").content.decode()
    assert f'<option value="{site.pk}" selected>' in html


@pytest.mark.parametrize(
    "role", [roles.TEACHER, roles.TRANSLATOR, roles.REPRESENTATIVE, roles.PARENT]
)
def test_other_roles_cannot_change_the_calendar(client, users_by_role, site, role):
    client.force_login(users_by_role[role])
    for url in (DAYS, f"{DAYS}new/", settings_url(site)):
        assert client.get(url).status_code in (302, 403), url
    client.post(
        f"{DAYS}new/",
        {"site": site.pk, "kind": "closure", "start": "2026-12-07", "end": "2026-12-07"},
    )
    post_settings(client, site, zone="B")
    assert not SchoolDay.objects.exists()
    assert SchoolCalendarSettings.for_site(site).zone != "B"


def test_anonymous_visitors_go_to_the_login(client, site):
    for url in (DAYS, settings_url(site)):
        response = client.get(url)
        assert response.status_code == 302 and "login" in response["Location"]


def test_notices_on_the_days_list_and_the_admin_home(director_client, site, client, teacher):
    set_calendar(site, zone="")
    SchoolCalendarSettings.objects.filter(site=site).update(zone="")
    notice = french(
        "Choose the school’s holiday zone in Settings → School calendar. Until then, the calendar "
        "shows public holidays and the school’s own days only."
    )
    assert notice in director_client.get(DAYS).content.decode()
    assert notice in director_client.get("/admin/").content.decode()
    set_calendar(site, zone="B")
    assert notice not in director_client.get("/admin/").content.decode()


def test_the_admin_menu_groups_the_calendar(director_client, site):
    html = director_client.get("/admin/").content.decode()
    assert "school-calendar-settings" in html and "school-days" in html


# --- The editor is warned when an event falls on a day off ----------------------------------


def _event_form(title, start, end, **extra):
    return nested_form_data(
        {
            "title": title,
            "slug": title.lower().replace(" ", "-"),
            "start": start,
            "end": end,
            "category": "outing",
            "audience": "school",
            "description": streamfield([]),
            "resources": streamfield([]),
            **extra,
        }
    )


@pytest.fixture
def zone_a_agenda(zone_a, home):
    return EventIndexPageFactory(parent=home)


def test_an_event_created_on_christmas_day_is_saved_with_a_warning(client, teacher, zone_a_agenda):
    client.force_login(teacher)
    response = client.post(
        f"/admin/pages/add/events/eventpage/{zone_a_agenda.pk}/",
        _event_form("Fete", "2026-12-25 10:00", "2026-12-25 12:00"),
        follow=True,
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert (
        "Fete" in html and french("Christmas holidays") in html and french("Christmas Day") in html
    )
    assert EventPage.objects.child_of(zone_a_agenda).filter(title="Fete").exists()


def test_an_event_on_a_school_day_gets_no_warning(client, teacher, zone_a_agenda):
    client.force_login(teacher)
    response = client.post(
        f"/admin/pages/add/events/eventpage/{zone_a_agenda.pk}/",
        _event_form("Conseil", "2026-12-03 18:00", "2026-12-03 20:00"),
        follow=True,
    )
    assert french("Christmas holidays") not in response.content.decode()
    assert "falls on days" not in response.content.decode()


def test_an_event_moved_into_the_holidays_is_warned_once_per_date(client, teacher, zone_a_agenda):
    """A weekly café that runs into the winter holidays names the dates that fall there."""
    event = EventPageFactory(parent=zone_a_agenda, title="Cafe", slug="cafe")
    client.force_login(teacher)
    response = client.post(
        f"/admin/pages/{event.pk}/edit/",
        _event_form(
            "Cafe", "2027-01-26 08:30", "2027-01-26 09:30", recurrence="FREQ=WEEKLY;COUNT=6"
        ),
        follow=True,
    )
    html = response.content.decode()
    assert french("Winter holidays") in html
    assert html.count(french("Winter holidays")) == 2  # 16 and 23 February
