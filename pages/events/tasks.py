"""Background work of the agenda: keeping only the personal data that is still needed."""

import datetime

from django.utils import timezone

from wagtail.models import Site

from django_tasks import task

from portal import periodic
from portal.schools import school_of


def tidy(now=None):
    """Delete what no longer serves once the event has passed, and erase names, emails and phone
    numbers from older answers and appointments (after each school's `answers_kept_days`).
    Returns (deleted, anonymised) counts."""
    from . import rsvps
    from .models import RSVP, Booking, EventPage

    now = now or timezone.now()
    deleted = Booking.objects.filter(confirmed_at__isnull=True, slot__end__lt=now).delete()[0]
    deleted += RSVP.objects.filter(
        user__isnull=True, cancelled_at__isnull=False, event__last_end__lt=now
    ).delete()[0]
    # Answers whose emailed code was never typed: the code no longer works after a day.
    deleted += RSVP.objects.filter(
        confirmed_at__isnull=True, created_at__lt=now - rsvps.CODE_VALID
    ).delete()[0]
    anonymised = 0
    for site in Site.objects.all():
        before = now - datetime.timedelta(days=school_of(site).settings.answers_kept_days)
        events = EventPage.objects.in_site(site).filter(last_end__lt=before)
        anonymised += (
            RSVP.objects.filter(event__in=events.values("pk"))
            .exclude(email="")
            .update(name="", email="", interpreter_language="", user=None)
        )
        anonymised += (
            Booking.objects.filter(slot__site=site, slot__end__lt=before)
            .exclude(email="")
            .update(name="", email="", phone="", interpreter_language="", user=None, code_hash="")
        )
    return deleted, anonymised


@task()
def tidy_answers():
    """Daily: see tidy()."""
    result = tidy()
    periodic.again(tidy_answers)
    return list(result)
