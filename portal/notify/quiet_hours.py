"""The school's right to disconnect: when an email may leave the site."""

import datetime

ONE_DAY = datetime.timedelta(days=1)


def in_quiet_hours(school, moment):
    """Whether `moment` (aware) falls in the school's quiet hours, in the school's time zone."""
    local = moment.astimezone(school.zone)
    if school.quiet_on_sundays and local.weekday() == 6:
        return True
    start, end, now = school.quiet_hours_start, school.quiet_hours_end, local.time()
    if start == end:
        return False
    if start < end:
        return start <= now < end
    return now >= start or now < end


def _end_of_quiet_period(school, local):
    if school.quiet_on_sundays and local.weekday() == 6:
        return datetime.datetime.combine(local.date() + ONE_DAY, datetime.time(0), school.zone)
    start, end = school.quiet_hours_start, school.quiet_hours_end
    day = local.date()
    if start > end and local.time() >= start:
        day += ONE_DAY
    return datetime.datetime.combine(day, end, school.zone)


def next_allowed_time(school, when):
    """`when` if an email may leave then, else the first moment after the quiet period
    (a Saturday-night email waits for Monday morning when Sundays are quiet)."""
    candidate = when.astimezone(school.zone)
    for _ in range(4):
        if not in_quiet_hours(school, candidate):
            return when if candidate == when else candidate
        candidate = _end_of_quiet_period(school, candidate)
    return candidate
