import datetime

from django.utils import timezone

from wagtail.models import PageViewRestriction

import icalendar
import pytest

from tests.pages.events.factories import EventPageFactory
from tests.pages.events.test_agenda import _at, _seed

pytestmark = pytest.mark.django_db


def _events(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    cal = icalendar.Calendar.from_ical(response.content)
    return cal, list(cal.walk("VEVENT"))


def test_feed_is_valid_icalendar_with_timezone(client, agenda):
    """Calendar applications need a UID, a DTSTAMP and a time zone they can resolve."""
    event = EventPageFactory(
        parent=agenda, title="Réunion de rentrée", start=_at(3), end=_at(3, 19)
    )
    cal, events = _events(client.get("/feeds/events.ics"))
    assert cal["VERSION"] == "2.0" and cal["PRODID"]
    assert [tz["TZID"] for tz in cal.walk("VTIMEZONE")] == ["Europe/Paris"]
    (vevent,) = events
    assert vevent["UID"] == f"event-{event.translation_key}@testserver"
    assert vevent["DTSTAMP"].dt.tzinfo is not None
    assert vevent["DTSTART"].params["TZID"] == "Europe/Paris"
    assert vevent["DTSTART"].dt == event.start
    assert vevent["DTEND"].dt == event.end
    assert str(vevent["SUMMARY"]) == "Réunion de rentrée"
    assert "http://testserver/fr/agenda/" in str(vevent["URL"])


def test_uid_is_stable_across_requests_and_languages(client, agenda, translate_page):
    """Re-importing the feed updates events instead of duplicating them."""
    event = EventPageFactory(parent=agenda, start=_at(3), end=_at(3, 19))
    translate_page(agenda, "ar", title="المفكرة")
    translate_page(event, "ar", title="اجتماع")
    _cal, first = _events(client.get("/feeds/events.ics"))
    _cal, arabic = _events(client.get("/feeds/events.ics?lang=ar"))
    assert first[0]["UID"] == arabic[0]["UID"]
    assert str(arabic[0]["SUMMARY"]) == "اجتماع"


def test_recurring_event_keeps_its_rule_and_exceptions(client, agenda):
    """One VEVENT with RRULE and EXDATE, not a copy per week."""
    start = _at(2, 8, 30)
    skipped = (start + datetime.timedelta(days=7)).date()
    EventPageFactory(
        parent=agenda,
        category="cafe",
        start=start,
        end=start + datetime.timedelta(hours=1),
        recurrence="FREQ=WEEKLY;COUNT=4",
        exceptions=skipped.isoformat(),
    )
    _cal, (vevent,) = _events(client.get("/feeds/events.ics"))
    assert vevent["RRULE"]["FREQ"] == ["WEEKLY"] and vevent["RRULE"]["COUNT"] == [4]
    exdates = [d.dt for d in vevent["EXDATE"].dts]
    assert exdates == [datetime.datetime.combine(skipped, start.time(), start.tzinfo)]


def test_feed_filters_category_and_audience(client, agenda):
    EventPageFactory(
        parent=agenda, title="Conseil", category="council", start=_at(2), end=_at(2, 19)
    )
    EventPageFactory(
        parent=agenda, title="Café CP", category="cafe", audience="cp", start=_at(2), end=_at(2, 19)
    )
    _cal, events = _events(client.get("/feeds/events.ics?category=council"))
    assert [str(e["SUMMARY"]) for e in events] == ["Conseil"]
    _cal, events = _events(client.get("/feeds/events.ics?audience=cm1"))
    assert [str(e["SUMMARY"]) for e in events] == ["Conseil"]


@pytest.mark.parametrize(
    "query", ["lang=xx", "category=<b>", "audience=' OR 1=1", "lang=" + "a" * 10_000]
)
def test_feed_ignores_wrong_filters(client, agenda, query):
    EventPageFactory(parent=agenda, start=_at(2), end=_at(2, 19))
    _cal, events = _events(client.get(f"/feeds/events.ics?{query}"))
    assert len(events) == 1


def test_private_and_unpublished_events_never_reach_the_feed(client, agenda):
    """A private meeting must not leak through a calendar subscription."""
    private = EventPageFactory(parent=agenda, title="Privé", start=_at(2), end=_at(2, 19))
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    EventPageFactory(parent=agenda, title="Brouillon", live=False, start=_at(2), end=_at(2, 19))
    EventPageFactory(parent=agenda, title="Public", start=_at(2), end=_at(2, 19))
    _cal, events = _events(client.get("/feeds/events.ics"))
    assert [str(e["SUMMARY"]) for e in events] == ["Public"]
    assert client.get(f"/feeds/events/{private.pk}.ics").status_code == 404


def test_add_to_my_calendar_gives_one_event(client, agenda):
    event = EventPageFactory(parent=agenda, start=_at(2), end=_at(2, 19))
    _cal, (vevent,) = _events(client.get(f"/feeds/events/{event.pk}.ics"))
    assert vevent["UID"] == f"event-{event.translation_key}@testserver"
    assert client.get("/feeds/events/999999.ics").status_code == 404


def test_all_day_event_uses_dates(client, agenda):
    day = timezone.localdate() + datetime.timedelta(days=5)
    zone = timezone.get_default_timezone()
    EventPageFactory(
        parent=agenda,
        all_day=True,
        start=datetime.datetime.combine(day, datetime.time(0), zone),
        end=datetime.datetime.combine(day, datetime.time(23, 59), zone),
    )
    _cal, (vevent,) = _events(client.get("/feeds/events.ics"))
    assert vevent["DTSTART"].dt == day
    assert vevent["DTEND"].dt == day + datetime.timedelta(days=1)


@pytest.mark.parametrize("count", [10, 200])
def test_feed_queries_do_not_grow_with_events(client, agenda, count, django_assert_max_num_queries):
    """The full feed costs the same number of queries with 10 or 200 events."""
    _seed(agenda, count)
    client.get("/feeds/events.ics")
    with django_assert_max_num_queries(8):
        _cal, events = _events(client.get("/feeds/events.ics"))
    assert len(events) == count


def test_cached_feed_follows_edits_and_privacy(client, agenda):
    """The feed is cached, yet an edit or a new restriction shows at the next request."""
    event = EventPageFactory(parent=agenda, title="Avant", start=_at(2), end=_at(2, 19))
    _cal, (vevent,) = _events(client.get("/feeds/events.ics"))
    assert str(vevent["SUMMARY"]) == "Avant"
    event.title = "Après"
    event.save_revision().publish()
    _cal, (vevent,) = _events(client.get("/feeds/events.ics"))
    assert str(vevent["SUMMARY"]) == "Après"
    PageViewRestriction.objects.create(page=agenda, restriction_type=PageViewRestriction.LOGIN)
    _cal, events = _events(client.get("/feeds/events.ics"))
    assert events == []
