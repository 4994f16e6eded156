"""iCalendar (RFC 5545) for the agenda feed, "add to my calendar" and appointment emails."""

import datetime
import functools

from django.utils import timezone

import icalendar

from .recurrence import parse_exceptions

PRODID = "-//Passerelle//Agenda de l'école//FR"


@functools.lru_cache(maxsize=16)
def _vtimezone(key):
    import zoneinfo

    # A bounded range keeps this fast; cached because it is the same for every request.
    return icalendar.Timezone.from_tzinfo(
        zoneinfo.ZoneInfo(key),
        first_date=datetime.date(2020, 1, 1),
        last_date=datetime.date(2040, 1, 1),
    )


def new_calendar(zone, name=None):
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    if name:
        cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", zone.key)
    cal.add_component(_vtimezone(zone.key))
    return cal


def _local(moment, zone):
    return moment.astimezone(zone)


def event_component(event, zone, host, url):
    """One VEVENT for an event page, its repeat rule kept (RRULE, EXDATE)."""
    vevent = icalendar.Event()
    vevent.add("uid", f"event-{event.translation_key}@{host}")
    vevent.add("dtstamp", (event.last_published_at or timezone.now()).astimezone(datetime.UTC))
    start, end = _local(event.start, zone), _local(event.end, zone)
    if event.all_day:
        vevent.add("dtstart", start.date())
        vevent.add(
            "dtend",
            end.date() + datetime.timedelta(days=1) if end.date() >= start.date() else start.date(),
        )
    else:
        vevent.add("dtstart", start)
        vevent.add("dtend", end)
    vevent.add("summary", event.title)
    summary = event.plain_words or event.search_description
    if summary or url:
        vevent.add("description", "\n\n".join(part for part in (summary, url) if part))
    location = ", ".join(part for part in (event.place, event.online_link) if part)
    if location:
        vevent.add("location", location)
    if url:
        vevent.add("url", url)
    vevent.add("categories", [event.get_category_display()])
    if event.recurrence:
        vevent.add("rrule", icalendar.vRecur.from_ical(event.recurrence))
        for day in sorted(parse_exceptions(event.exceptions)):
            moment = datetime.datetime.combine(day, start.timetz().replace(tzinfo=None), zone)
            vevent.add("exdate", day if event.all_day else moment)
    return vevent


def booking_component(booking, zone, host, summary, description, location):
    vevent = icalendar.Event()
    vevent.add("uid", f"appointment-{booking.pk}@{host}")
    vevent.add("dtstamp", timezone.now().astimezone(datetime.UTC))
    vevent.add("dtstart", _local(booking.slot.start, zone))
    vevent.add("dtend", _local(booking.slot.end, zone))
    vevent.add("summary", summary)
    vevent.add("description", description)
    if location:
        vevent.add("location", location)
    if booking.cancelled_at:
        vevent.add("status", "CANCELLED")
    return vevent


def to_bytes(cal):
    return cal.to_ical()
