"""School holidays as a wait for the email outbox: mail that is not urgent (reminders, digests, the
gazette) leaves on the first school day after the holidays, at the same time of day."""


def holidays(school, moment, person=None):
    """None on a school day; else the same clock time on the first school day after."""
    if school.site is None:
        return None
    later = school.calendar.next_school_moment(moment)
    return later if later != moment else None
