"""The right to disconnect: when an email may leave the site.

`next_allowed_time()` is the one place that decides. It asks each *wait* in turn whether a moment is
allowed; a wait answers None (allowed) or the moment its own quiet period ends. Two waits are built
in: the school's quiet hours and the recipient's own. Another app adds its own with
`register_wait()` (for example school holidays, for mail that is not urgent).
"""

import datetime

ONE_DAY = datetime.timedelta(days=1)
#: However the waits combine, the search for an allowed moment stops after this many steps.
MAX_STEPS = 32

_waits = []


def register_wait(wait, *, urgent_too=False):
    """Add `wait(school, moment, person)` -> None or the aware datetime its quiet period ends.
    With `urgent_too` False the wait applies only to mail sent with `urgent=False`."""
    if all(existing is not wait for existing, _urgent in _waits):
        _waits.append((wait, urgent_too))


def unregister_wait(wait):
    _waits[:] = [(w, u) for w, u in _waits if w is not wait]


def _in_window(now, start, end):
    """Whether the clock time `now` is in [start, end), a window that may cross midnight."""
    if start == end:
        return False
    if start < end:
        return start <= now < end
    return now >= start or now < end


def _window_end(local, start, end, zone):
    day = local.date()
    if start > end and local.time() >= start:
        day += ONE_DAY
    return datetime.datetime.combine(day, end, zone)


def _next_day(local, zone):
    return datetime.datetime.combine(local.date() + ONE_DAY, datetime.time(0), zone)


def school_quiet_hours(school, moment, person=None):
    """The school's quiet hours and, when it says so, its quiet Sundays (in its time zone)."""
    zone, rules = school.zone, school.settings
    local = moment.astimezone(zone)
    if rules.quiet_on_sundays and local.weekday() == 6:
        return _next_day(local, zone)
    if _in_window(local.time(), rules.quiet_hours_start, rules.quiet_hours_end):
        return _window_end(local, rules.quiet_hours_start, rules.quiet_hours_end, zone)
    return None


def personal_quiet_hours(school, moment, person=None):
    """The recipient's own rule ("never before 8:00 or after 20:00, never on Sunday"), read from
    `no_email_before`, `no_email_after` and `no_email_days` when the person has them."""
    if person is None:
        return None
    zone = school.zone
    local = moment.astimezone(zone)
    days = getattr(person, "quiet_weekdays", ())
    if local.weekday() in days:
        return _next_day(local, zone)
    before = getattr(person, "no_email_before", None)
    after = getattr(person, "no_email_after", None)
    if before and local.time() < before:
        return datetime.datetime.combine(local.date(), before, zone)
    if after and local.time() >= after:
        return datetime.datetime.combine(local.date() + ONE_DAY, before or datetime.time(0), zone)
    return None


register_wait(school_quiet_hours, urgent_too=True)
register_wait(personal_quiet_hours, urgent_too=True)


def in_quiet_hours(school, moment, person=None, urgent=False):
    """Whether an email may not leave at `moment`."""
    return next_allowed_time(school, moment, person=person, urgent=urgent) != moment


def next_allowed_time(school, when, *, person=None, urgent=False):
    """`when` if an email to `person` may leave then, else the first later moment every wait
    allows (a Saturday-night email waits for Monday morning when Sundays are quiet).

    `school` is a portal.schools.School; `person` anything with the personal quiet-hour fields (a
    User), or None. When no moment is found within MAX_STEPS, the last candidate is returned."""
    waits = [wait for wait, urgent_too in _waits if urgent_too or not urgent]
    candidate = when
    for _step in range(MAX_STEPS):
        later = [end for end in (wait(school, candidate, person) for wait in waits) if end]
        if not later:
            return candidate
        candidate = max(later)
    return candidate
