"""Answers to events: the number of places is checked with the event row locked, so that two
families answering at the same second can never both take the last place."""

import time

from django.db import OperationalError, transaction
from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.roles import Refused

from .models import RSVP, EventPage


def places_taken(event):
    return RSVP.objects.active().filter(event=event).aggregate(total=Sum("people"))["total"] or 0


def places_left(event):
    if event.capacity is None:
        return None
    return max(event.capacity - places_taken(event), 0)


def register(event, rsvp, attempts=40):
    """Save `rsvp` (unsaved) for `event` (the source page), or raise Refused. All or nothing.
    When the same email answered before, that answer is changed (`rsvp.updated` is then True)."""
    for attempt in range(attempts):
        try:
            return _register(event, rsvp)
        except OperationalError:
            # SQLite refuses a write while another one is in progress instead of waiting:
            # try again shortly. PostgreSQL waits on the row lock and does not get here.
            rsvp.pk = None
            time.sleep(0.01 * (attempt + 1))
    raise Refused(_("Many families are answering at this moment. Please try again."))


def _register(event, rsvp):
    with transaction.atomic():
        # The lock makes concurrent answers wait here, one after the other (PostgreSQL);
        # SQLite takes the whole database lock at the first write below.
        locked = EventPage.objects.select_for_update().get(pk=event.pk)
        if not locked.rsvp_open(timezone.now()):
            raise Refused(_("Answers for this event are closed."))
        # A person answering again changes their answer: the places they held count as free.
        earlier = RSVP.objects.filter(event=locked, email__iexact=rsvp.email).first()
        held = earlier.people if earlier is not None and earlier.cancelled_at is None else 0
        if locked.capacity is not None:
            left = locked.capacity - places_taken(locked) + held
            if rsvp.people > left:
                if left <= 0:
                    raise Refused(_("Sorry, this event is full."))
                raise Refused(
                    _("Only %(left)s places are left. Please lower the number of people.")
                    % {"left": left}
                )
        rsvp.event = locked
        rsvp.updated = earlier is not None
        if earlier is not None:
            rsvp.pk, rsvp.created_at, rsvp.attended = (
                earlier.pk,
                earlier.created_at,
                earlier.attended,
            )
            rsvp.cancelled_at = None
        rsvp.save()
    return rsvp


def cancel(rsvp):
    """True when this call cancelled it; False when it already was."""
    updated = RSVP.objects.filter(pk=rsvp.pk, cancelled_at__isnull=True).update(
        cancelled_at=timezone.now()
    )
    return bool(updated)
