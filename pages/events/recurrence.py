"""Recurring events: RFC 5545 rules (RRULE) expanded in the school's time zone."""

import datetime
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from dateutil import rrule

#: No expansion goes further than this, whatever the rule says.
MAX_OCCURRENCES = 500


def parse_rule(text, dtstart):
    """The dateutil rule for `text` (e.g. "FREQ=WEEKLY;COUNT=6"), or ValidationError."""
    text = (text or "").strip()
    if text.upper().startswith("RRULE:"):
        text = text[6:]
    if not text:
        return None
    if len(text) > 500 or any(ord(c) < 32 for c in text):
        raise ValidationError(_("This repeat rule is not valid."))
    upper = text.upper()
    if "COUNT=" not in upper and "UNTIL=" not in upper:
        raise ValidationError(
            _(
                "A repeating event needs an end: add COUNT=… (how many times) or UNTIL=… (a last date)."
            )
        )
    try:
        return rrule.rrulestr(text, dtstart=dtstart, forceset=False, ignoretz=False)
    except (ValueError, TypeError) as error:
        raise ValidationError(
            _("This repeat rule is not valid: %(error)s"), params={"error": str(error)[:200]}
        ) from error


def parse_exceptions(text):
    """Dates (YYYY-MM-DD, one per line or separated by commas) on which a repeat is skipped."""
    dates = set()
    for part in (text or "").replace(",", "\n").split():
        try:
            dates.add(datetime.date.fromisoformat(part.strip()))
        except ValueError as error:
            raise ValidationError(
                _("“%(value)s” is not a date like 2026-12-24."), params={"value": part[:40]}
            ) from error
    return dates


def normalized_rule(text):
    text = (text or "").strip()
    return text[6:] if text.upper().startswith("RRULE:") else text


@dataclass(frozen=True)
class Occurrence:
    """One date of an event: the event itself, or one repeat of it."""

    event: object
    start: datetime.datetime
    end: datetime.datetime

    @property
    def after_work(self):
        """Evening or weekend in the school's time zone (`start` is already in it)."""
        from .models import is_after_work

        return is_after_work(self.start, self.start.tzinfo, self.event.all_day)


def occurrences(event, zone, since=None, until=None):
    """The event's occurrences overlapping [since, until), in `zone` (wall-clock time kept across
    daylight saving changes)."""
    start = event.start.astimezone(zone)
    duration = event.end - event.start
    rule = parse_rule(event.recurrence, start) if event.recurrence else None
    if rule is None:
        starts = [start]
    else:
        skipped = parse_exceptions(event.exceptions)
        starts = []
        for index, moment in enumerate(rule):
            if index >= MAX_OCCURRENCES or (until is not None and moment >= until):
                break
            if moment.date() not in skipped:
                starts.append(moment)
    found = []
    for moment in starts:
        finish = moment + duration
        if since is not None and finish <= since:
            continue
        if until is not None and moment >= until:
            continue
        found.append(Occurrence(event, moment, finish))
    return found


def last_end(event, zone):
    """When the event's last occurrence ends (its end when it does not repeat)."""
    found = occurrences(event, zone)
    return found[-1].end if found else event.end
