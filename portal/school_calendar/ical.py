"""The school calendar as iCalendar all-day events, for feeds that offer them."""

import datetime

from django.utils import timezone, translation

import icalendar

from .calendar import DAYS_OFF, PUBLIC_HOLIDAY, school_year_of


def holiday_components(school, host, language, today=None):
    """VEVENTs for the days off of this school year and the next, named in `language`. Their
    UIDs come from the entries' keys: a calendar application updates them instead of adding
    copies."""
    today = today or timezone.now().astimezone(school.zone).date()
    year = school_year_of(today)
    first, last = datetime.date(year, 9, 1), datetime.date(year + 2, 8, 31)
    stamp = timezone.now().astimezone(datetime.UTC)
    components = []
    with translation.override(language):
        for entry in school.entries_between(first, last):
            if entry.kind not in DAYS_OFF:
                continue
            vevent = icalendar.Event()
            vevent.add("uid", f"{entry.key}@{host}")
            vevent.add("dtstamp", stamp)
            vevent.add("dtstart", entry.start)
            vevent.add("dtend", entry.end + datetime.timedelta(days=1))
            vevent.add("summary", entry.label_with_kind)
            if entry.note:
                vevent.add("description", entry.note)
            vevent.add("categories", [entry.kind_label])
            # Holidays do not make anyone busy.
            vevent.add("transp", "TRANSPARENT")
            if entry.kind == PUBLIC_HOLIDAY:
                vevent.add("class", "PUBLIC")
            components.append(vevent)
    return components
