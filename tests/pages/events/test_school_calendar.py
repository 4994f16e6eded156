"""The agenda, its feed, the parents' space and opening appointment slots follow the school
calendar: holidays are named in words in every language, and slots skip them."""

import datetime

from django.core.cache import cache
from django.utils import timezone, translation
from django.utils.formats import date_format

import icalendar
import pytest

from pages.events import appointments
from pages.events.models import Slot
from portal.school_calendar.calendar import calendar_for
from portal.school_calendar.models import DayKind
from tests.conftest import translate
from tests.i18n import french
from tests.pages.events.factories import EventIndexPageFactory, EventPageFactory
from tests.pages.home.factories import ParentSpacePageFactory
from tests.portal.school_calendar.conftest import d, make_other_school, school_day, set_calendar

pytestmark = pytest.mark.django_db
PARIS = timezone.get_default_timezone()


def _arabic(message):
    with translation.override("ar"):
        return translation.gettext(message)


def _fr_date(text, fmt="l j F"):
    with translation.override("fr"):
        return date_format(d(text), fmt)


def _entries(html):
    """The list of holidays under the month, in words."""
    start = html.index('<section class="calendar-entries"')
    return html[start : html.index("</section>", start)]


def _today():
    return timezone.localdate()


@pytest.fixture
def zone_a(site):
    """The default site as a school of zone A (Lyon), without class on Wednesdays."""
    set_calendar(site)
    return site


@pytest.fixture
def other_school(locales):
    return make_other_school()


@pytest.fixture
def school(zone_a, home):
    return EventIndexPageFactory(parent=home)


def test_month_view_names_the_christmas_holidays_and_christmas_day(client, school):
    html = client.get("/fr/agenda/?view=month&month=2026-12").content.decode()
    # 19 to 31 December, and 1–3 January at the end of the grid's last week.
    assert html.count("day-mark--school-holiday") == 16
    assert "Vacances de Noël" in html
    assert 'Noël</span> <span class="day-mark__kind">(jour férié)' in html
    # In words under the month too, with the dates.
    words = _entries(html)
    assert _fr_date("2026-12-19") in words and _fr_date("2027-01-03", "l j F Y") in words


def test_month_view_in_arabic(client, school):
    translate(school.get_parent(), "ar", title="مرحبًا")
    translate(school, "ar", title="المفكرة")
    html = client.get("/ar/agenda/?view=month&month=2026-12").content.decode()
    assert _arabic("Christmas holidays") in html
    assert _arabic("Christmas Day") in html and _arabic("public holiday") in html
    assert _arabic("Holidays and days without class") in html
    assert 'lang="ar" dir="rtl"' in html


def test_week_view_marks_each_day(client, school):
    html = client.get("/fr/agenda/?view=week&date=2026-12-21").content.decode()
    assert html.count("day-mark--school-holiday") == 7
    assert html.count("day-mark--public-holiday") == 1


def test_list_view_marks_the_days_with_events_and_names_the_holidays(client, school):
    closed = _today() + datetime.timedelta(days=9)
    school_day(school.get_site(), DayKind.CLOSURE, closed, note="Travaux dans la cour")
    start = datetime.datetime.combine(closed, datetime.time(10), PARIS)
    EventPageFactory(
        parent=school, title="Chantier", start=start, end=start + datetime.timedelta(hours=1)
    )
    html = client.get("/fr/agenda/?view=list").content.decode()
    assert "day-mark--day-off" in html
    assert french("School closed") in html and "Travaux dans la cour" in html


def test_two_schools_in_two_zones_show_their_own_winter_holidays(client, school, other_school):
    set_calendar(other_school, zone="C")
    EventIndexPageFactory(parent=other_school.root_page)
    lyon = _entries(client.get("/fr/agenda/?view=month&month=2027-02").content.decode())
    paris = _entries(
        client.get(
            "/fr/agenda/?view=month&month=2027-02", HTTP_HOST="autre-ecole.test"
        ).content.decode()
    )
    zone_a, zone_c = _fr_date("2027-02-13"), _fr_date("2027-02-06")
    assert zone_a in lyon and zone_c not in lyon
    assert zone_c in paris and zone_a not in paris


def test_a_school_in_quebec_shows_quebec_holidays(client, school, other_school):
    set_calendar(other_school, country="qc", zone="", days=(5, 6))
    EventIndexPageFactory(parent=other_school.root_page)
    quebec = client.get(
        "/fr/agenda/?view=month&month=2027-06", HTTP_HOST="autre-ecole.test"
    ).content.decode()
    lyon = client.get("/fr/agenda/?view=month&month=2027-06").content.decode()
    assert french("Québec’s National Holiday (Saint-Jean-Baptiste)") in quebec
    assert french("Québec’s National Holiday (Saint-Jean-Baptiste)") not in lyon
    assert french("Summer holidays") not in quebec


def test_the_cached_month_follows_a_new_day_of_the_school(client, school):
    url = "/fr/agenda/?view=month&month=2026-12"
    assert french("School closed") not in client.get(url).content.decode()
    school_day(school.get_site(), DayKind.CLOSURE, d("2026-12-07"))
    assert french("School closed") in client.get(url).content.decode()


@pytest.mark.parametrize("count", [10, 200])
def test_month_view_queries_do_not_grow_with_the_schools_days(
    client, school, count, django_assert_max_num_queries
):
    """The month with its holidays costs the same with 10 or 200 days set by the school."""
    site = school.get_site()
    for n in range(count):
        school_day(site, DayKind.CLOSURE, d("2026-09-07") + datetime.timedelta(days=n % 90))
    for n in range(count // 10):
        start = datetime.datetime(2026, 12, 1 + n % 18, 18, tzinfo=PARIS)
        EventPageFactory(parent=school, start=start, end=start + datetime.timedelta(hours=1))
    client.get("/fr/agenda/?view=month&month=2026-12")
    cache.clear()  # the month's HTML and the calendar computed again, from the database
    with django_assert_max_num_queries(27):
        response = client.get("/fr/agenda/?view=month&month=2026-12")
    assert french("Christmas holidays") in response.content.decode()
    with django_assert_max_num_queries(23):
        client.get("/fr/agenda/?view=week&date=2026-12-21")


# --- The iCalendar feed ---------------------------------------------------------------------


def _feed(client, query):
    return icalendar.Calendar.from_ical(client.get(f"/feeds/events.ics?{query}").content)


def _holidays(cal):
    return {
        str(e["uid"]): e
        for e in cal.walk("VEVENT")
        if str(e["uid"]).startswith(("public", "school"))
    }


def test_feed_offers_holidays_as_all_day_events_with_stable_uids(client, school):
    year = _today().year if _today().month >= 9 else _today().year - 1
    christmas = datetime.date(year, 12, 25)
    first = _holidays(_feed(client, "holidays=1&lang=fr"))
    cache.clear()
    again = _holidays(_feed(client, "holidays=1&lang=fr"))
    assert first.keys() == again.keys()
    (noel,) = [e for e in first.values() if e.decoded("dtstart") == christmas]
    assert str(noel["summary"]) == "Noël (jour férié)"
    assert noel.decoded("dtend") == christmas + datetime.timedelta(days=1)
    assert str(noel["transp"]) == "TRANSPARENT"


def test_feed_names_holidays_in_the_feeds_language(client, school):
    school_day(school.get_site(), DayKind.PEDAGOGICAL, _today() + datetime.timedelta(days=5))
    summaries = [str(e["summary"]) for e in _holidays(_feed(client, "holidays=1&lang=ar")).values()]
    assert _arabic("Pedagogical day: no class") in summaries


@pytest.mark.parametrize(
    "query", ["", "holidays=0", "holidays=<script>", "holidays=1'--", "holidays=" + "1" * 5000]
)
def test_feed_without_the_parameter_has_no_holidays(client, school, query):
    response = client.get(f"/feeds/events.ics?{query}")
    assert response.status_code == 200
    assert _holidays(icalendar.Calendar.from_ical(response.content)) == {}


# --- The parents' space ---------------------------------------------------------------------


def test_parents_space_shows_the_next_holidays_and_the_next_school_day(client, zone_a, home):
    set_calendar(zone_a, country="custom", zone="", days=(5, 6))
    first = _today() + datetime.timedelta(days=10)
    school_day(zone_a, DayKind.HOLIDAYS, first, first + datetime.timedelta(days=9))
    space = ParentSpacePageFactory(parent=home)
    overview = calendar_for(zone_a).overview()
    html = client.get(space.url).content.decode()
    with translation.override("fr"):
        assert french("Next holidays") in html and french("School holidays") in html
        assert date_format(first, "l j F") in html
        assert date_format(overview.next_school_day, "l j F Y") in html
        assert date_format(overview.back_to_school, "l j F Y") in html


def test_parents_space_during_the_holidays(client, zone_a, home):
    set_calendar(zone_a, country="custom", zone="", days=(5, 6))
    school_day(zone_a, DayKind.HOLIDAYS, _today() - datetime.timedelta(days=1), _today())
    space = ParentSpacePageFactory(parent=home)
    html = client.get(space.url).content.decode()
    assert french("Holidays now") in html
    assert french("Back to school after the holidays") in html


# --- Opening appointment slots --------------------------------------------------------------


def test_plan_slots_skips_the_christmas_holidays_and_says_which_days(zone_a):
    planned = appointments.plan_slots(
        d("2026-12-14"),
        1,
        datetime.time(16, 30),
        datetime.time(17, 0),
        15,
        4,
        PARIS,
        calendar=calendar_for(zone_a),
    )
    assert sorted({s.astimezone(PARIS).date() for s, _e in planned}) == [
        d("2026-12-15"),
        d("2027-01-05"),
    ]
    assert [day for day, _entries in planned.skipped] == [d("2026-12-22"), d("2026-12-29")]
    with translation.override("fr"):
        assert planned.skipped[0][1][0].name == "Vacances de Noël"


def _next_tuesday():
    day = _today() + datetime.timedelta(days=1)
    return day + datetime.timedelta(days=(1 - day.weekday()) % 7)


def _open(client, weeks):
    return client.post(
        "/fr/appointments/open/",
        {
            "first_day": (_today() + datetime.timedelta(days=1)).isoformat(),
            "weekday": "1",
            "start": "16:30",
            "end": "17:00",
            "minutes": "15",
            "weeks": str(weeks),
            "place": "",
        },
    )


def test_open_slots_skips_a_closed_day_and_says_so(client, site, teacher):
    set_calendar(site, country="custom", zone="", days=(2, 5, 6))
    closed = _next_tuesday() + datetime.timedelta(days=7)
    school_day(site, DayKind.CLOSURE, closed)
    client.force_login(teacher)
    response = _open(client, 3)
    assert response.status_code == 302
    days = sorted(
        {s.astimezone(PARIS).date() for s in Slot.objects.values_list("start", flat=True)}
    )
    assert closed not in days and len(days) == 2
    html = client.get(response["Location"]).content.decode()
    assert french("School closed") in html


def test_open_slots_refuses_when_every_day_is_off(client, site, teacher):
    set_calendar(site, country="custom", zone="", days=(2, 5, 6))
    school_day(site, DayKind.HOLIDAYS, _next_tuesday())
    client.force_login(teacher)
    response = _open(client, 1)
    assert response.status_code == 400
    assert french("School holidays") in response.content.decode()
    assert not Slot.objects.exists()


@pytest.mark.parametrize(
    "query",
    [
        "view=month&month=0001-01",
        "view=month&month=9999-12",
        "view=week&date=0001-01-01",
        "view=week&date=9999-12-31",
        "view=month&month=2026-13",
    ],
)
def test_months_and_weeks_far_off_show_this_month(client, school, query):
    """A hand-typed year 1 or 9999 shows the current month, not an error."""
    response = client.get(f"/fr/agenda/?{query}")
    assert response.status_code == 200


@pytest.mark.parametrize("first_day", ["9999-12-31", "2300-01-01"])
def test_open_slots_refuses_a_first_day_years_ahead(client, site, teacher, first_day):
    client.force_login(teacher)
    response = client.post(
        "/fr/appointments/open/",
        {
            "first_day": first_day,
            "weekday": "1",
            "start": "16:30",
            "end": "17:00",
            "minutes": "15",
            "weeks": "20",
        },
    )
    assert response.status_code == 400
    assert french("Choose a day within the coming year.") in response.content.decode()
    assert not Slot.objects.exists()
