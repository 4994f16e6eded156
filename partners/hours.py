"""Opening hours in OpenStreetMap syntax (the standard's `horaires`), read with opening-hours-py.

Hours are wall-clock times of the place: they are evaluated on the local time of the school, so
"open now" is right whatever the server's time zone.
"""

import datetime
from dataclasses import dataclass

from django.utils import timezone

from opening_hours import OpeningHours, ParserError, State

#: "Open in the evening" means open after this time on some day: parents who work can go.
EVENING = datetime.time(18, 0)
#: Evenings and weekends are looked for over this many days from a Monday.
SPAN_DAYS = 14
MAX_LENGTH = 500


def parse(text):
    """The parsed hours, or None when the text is empty or does not parse."""
    text = (text or "").strip()
    if not text or len(text) > MAX_LENGTH:
        return None
    try:
        # France's public holidays ("PH off") come with the library; nothing is fetched.
        return OpeningHours(text, country="FR", auto_country=False, auto_timezone=False)
    except (ParserError, SyntaxError, ValueError):
        return None


def error(text):
    """Why the hours do not parse, in the library's words (for the editor), or ""."""
    text = (text or "").strip()
    if not text:
        return ""
    if len(text) > MAX_LENGTH:
        return f"longer than {MAX_LENGTH} characters"
    try:
        OpeningHours(text, country="FR", auto_country=False, auto_timezone=False)
    except (ParserError, SyntaxError, ValueError) as problem:
        return str(problem)
    return ""


@dataclass(frozen=True)
class Status:
    """What a visitor needs to know now: open or closed, and until or from when (local times)."""

    known: bool
    open: bool = False
    change: datetime.datetime | None = None


def local_now(zone):
    return timezone.now().astimezone(zone).replace(tzinfo=None)


def status(hours, now):
    """The state of parsed `hours` at `now` (naive, local to the place)."""
    if hours is None:
        return Status(known=False)
    state, _comment = hours.state(now)
    if state == State.UNKNOWN:
        return Status(known=False)
    change = hours.next_change(now)
    # A change a year away means "never" in practice: say nothing about it.
    if change is not None and change - now > datetime.timedelta(days=8):
        change = None
    return Status(known=True, open=state == State.OPEN, change=change)


def covered_days(begin, finish):
    """The days an interval covers, each with the end of its part on that day."""
    day = begin.date()
    while datetime.datetime.combine(day, datetime.time()) < finish:
        midnight = datetime.datetime.combine(day + datetime.timedelta(days=1), datetime.time())
        yield day, min(finish, midnight)
        day += datetime.timedelta(days=1)


def open_times(hours, today):
    """(open in the evening, open at the weekend) over the coming two weeks from `today`'s Monday."""
    if hours is None:
        return False, False
    monday = today - datetime.timedelta(days=today.weekday())
    start = datetime.datetime.combine(monday, datetime.time())
    end = start + datetime.timedelta(days=SPAN_DAYS)
    evening = weekend = False
    for begin, finish, state, _comment in hours.intervals(start, end):
        if state != State.OPEN:
            continue
        for day, part_end in covered_days(begin, finish):
            weekend |= day.weekday() >= 5
            evening |= part_end > datetime.datetime.combine(day, EVENING)
    return evening, weekend
