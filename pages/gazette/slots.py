"""The ritual slot: the school publishes its gazette at a known time (an RFC 5545 recurrence rule
read with python-dateutil), so that families know when to look and can disconnect the rest of the
time."""

import datetime

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from dateutil.rrule import rrulestr

#: Publishing this close to a slot counts as publishing in the slot.
TOLERANCE = datetime.timedelta(minutes=15)
#: Rules are read from this moment on; BYHOUR and BYMINUTE give the time of day.
ANCHOR = datetime.datetime(2024, 1, 1, 0, 0)


def parse(rule, zone):
    """The dateutil rule for `rule` in the school's time zone; raises ValueError."""
    text = rule.strip()
    if text.upper().startswith("RRULE:"):
        text = text[6:]
    if not text or "\n" in text:
        raise ValueError("empty or several lines")
    return rrulestr(text, dtstart=ANCHOR.replace(tzinfo=zone), forceset=False)


def validate_rule(value):
    import zoneinfo

    try:
        found = parse(value, zoneinfo.ZoneInfo("Europe/Paris"))
        found.after(timezone.now())
    except (ValueError, TypeError, AttributeError, OverflowError):
        raise ValidationError(
            _(
                "This is not a repeat rule. Example: FREQ=WEEKLY;INTERVAL=2;BYDAY=FR;"
                "BYHOUR=16;BYMINUTE=30 (every other Friday at 16:30)."
            )
        ) from None


def next_slot(rule, zone, after=None):
    """The first slot after `after` (default: now), an aware datetime, or None."""
    if not rule:
        return None
    try:
        return parse(rule, zone).after((after or timezone.now()).astimezone(zone))
    except (ValueError, TypeError, AttributeError, OverflowError):
        return None


def rhythm_of(site):
    """The school's rule, cached until something changes (the home page shows the next slot to
    every visitor; saving the gazette settings starts a new content generation)."""
    from portal import freshness

    from .models import GazetteSettings

    return freshness.remembered(
        f"gazette-rhythm:{site.pk}", lambda: GazetteSettings.for_site(site).rhythm
    )


def _moved(school, planned):
    """`planned`, or the same time on the first school day after when it falls in the school
    holidays or on a public holiday: the gazette respects family time like every other mail."""
    return school.calendar.next_school_moment(planned)


def next_slot_of(school, after=None):
    """The school's next slot, holidays skipped."""
    return next_slot_and_why(school, after)[0]


def next_slot_and_why(school, after=None):
    """(slot, planned, days off): the next slot with the holidays skipped, the rule's own slot,
    and the calendar entries that moved it (empty when it did not move)."""
    if school.site is None:
        return None, None, []
    planned = next_slot(rhythm_of(school.site), school.zone, after)
    if planned is None:
        return None, None, []
    slot = _moved(school, planned)
    if slot == planned:
        return slot, planned, []
    return slot, planned, school.calendar.entries_on(planned.astimezone(school.zone).date())


#: How far back a slot moved by the holidays is looked for (the summer holidays are the longest).
LONGEST_MOVE = datetime.timedelta(days=70)


def is_slot_of(school, moment):
    """Whether `moment` is one of the school's slots, as moved by the holidays, within
    TOLERANCE."""
    rule = rhythm_of(school.site) if school.site else ""
    if not rule:
        return False
    try:
        planned = parse(rule, school.zone).between(
            moment - LONGEST_MOVE, moment + TOLERANCE, inc=True
        )
    except (ValueError, TypeError, AttributeError, OverflowError):
        return False
    return any(abs(_moved(school, slot) - moment) <= TOLERANCE for slot in planned)
