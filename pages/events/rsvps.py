"""Answers to events: the number of places is checked with the event row locked, so that two
families answering at the same second can never both take the last place.

An answer given without an account (or for another address than the account's) is held until
the person types the code sent to that address: nobody can fill an event with invented
addresses or answer in someone else's name. A held answer keeps its places for HOLD, then they
are free again; the code still works afterwards while places are left."""

import datetime
import secrets
import time

from django.contrib.auth.hashers import check_password, make_password
from django.db import OperationalError, transaction
from django.db.models import Q, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.roles import Refused

from .models import RSVP, EventPage

#: How long an answer waiting for its code keeps its places.
HOLD = datetime.timedelta(minutes=15)
#: How long the emailed code (and the link to type it) works.
CODE_VALID = datetime.timedelta(days=1)
CODE_ATTEMPTS = 5


def places_taken(event, now=None, exclude=None):
    """Places held by answers (confirmed, or waiting for their code), except `exclude` (a Q)."""
    held = RSVP.objects.holding(now).filter(event=event)
    if exclude is not None:
        held = held.exclude(exclude)
    return held.aggregate(total=Sum("people"))["total"] or 0


def waiting(event, now=None):
    """The answers to `event` that hold places while they wait for their code."""
    return RSVP.objects.holding(now).filter(event=event, confirmed_at__isnull=True)


def places_left(event):
    if event.capacity is None:
        return None
    return max(event.capacity - places_taken(event), 0)


def _retrying(work, rsvp, attempts=40):
    for attempt in range(attempts):
        try:
            return work()
        except OperationalError:
            # SQLite refuses a write while another one is in progress instead of waiting:
            # try again shortly. PostgreSQL waits on the row lock and does not get here.
            if rsvp._state.adding:
                rsvp.pk = None
            time.sleep(0.01 * (attempt + 1))
    raise Refused(_("Many families are answering at this moment. Please try again."))


def register(event, rsvp):
    """Save `rsvp` (unsaved) for `event` (the source page) as confirmed, or raise Refused. All or
    nothing. When the same email answered before, that answer is changed (`rsvp.updated` is
    then True). For a person whose address is known (their account's)."""
    return _retrying(lambda: _register(event, rsvp), rsvp)


def hold(event, rsvp):
    """Save `rsvp` (unsaved) for `event` as waiting for a code, holding its places for HOLD, or
    raise Refused; returns the code to email (only its hash is kept). An earlier answer of the
    same address that waits too is replaced; a confirmed one changes only once this is confirmed."""
    now = timezone.now()
    # A full or closed event is refused before the costly hashing of the code.
    _check_places(event, rsvp, now, _earlier(event, rsvp), exclude=_waiting(rsvp))
    code = f"{secrets.randbelow(1_000_000):06d}"
    rsvp.code_hash = make_password(code)
    rsvp.confirmed_at = None
    rsvp.held_until = now + HOLD
    _retrying(lambda: _hold(event, rsvp), rsvp)
    return code


def _locked(event, now):
    # The lock makes concurrent answers wait here, one after the other (PostgreSQL);
    # SQLite takes the whole database lock at the first write that follows.
    locked = EventPage.objects.select_for_update().get(pk=event.pk)
    if not locked.rsvp_open(now):
        raise Refused(_("Answers for this event are closed."))
    return locked


def _earlier(event, rsvp):
    """The confirmed answer of the same person, if any."""
    return (
        RSVP.objects.filter(event=event, email__iexact=rsvp.email, confirmed_at__isnull=False)
        .exclude(pk=rsvp.pk)
        .first()
    )


def _waiting(rsvp):
    """The answers of the same person still waiting for a code: a new one replaces them."""
    return Q(email__iexact=rsvp.email, confirmed_at__isnull=True)


def _check_places(event, rsvp, now, earlier=None, exclude=None):
    if not event.rsvp_open(now):
        raise Refused(_("Answers for this event are closed."))
    if event.capacity is None:
        return
    # A person answering again changes their answer: the places they held count as free.
    held = earlier.people if earlier is not None and earlier.cancelled_at is None else 0
    left = event.capacity - places_taken(event, now, exclude=exclude) + held
    if rsvp.people > left:
        if left <= 0:
            raise Refused(_("Sorry, this event is full."))
        raise Refused(
            _("Only %(left)s places are left. Please lower the number of people.") % {"left": left}
        )


def _register(event, rsvp):
    now = timezone.now()
    with transaction.atomic():
        locked = _locked(event, now)
        earlier = _earlier(locked, rsvp)
        _check_places(locked, rsvp, now, earlier)
        rsvp.event = locked
        rsvp.confirmed_at = now
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


def _hold(event, rsvp):
    now = timezone.now()
    with transaction.atomic():
        locked = _locked(event, now)
        RSVP.objects.filter(
            event=locked, email__iexact=rsvp.email, confirmed_at__isnull=True
        ).delete()
        _check_places(locked, rsvp, now, _earlier(locked, rsvp))
        rsvp.event = locked
        rsvp.save()
    return rsvp


def confirm(rsvp, code):
    """Check the emailed code of a held answer. Returns the confirmed answer (the person's
    earlier answer, changed, when they had one; its `updated` is then True), or None when the
    code is wrong; raises Refused after too many wrong codes or when no places are left."""
    if rsvp.confirmed_at:
        return rsvp
    if rsvp.cancelled_at or rsvp.code_attempts >= CODE_ATTEMPTS:
        raise Refused(_("This code can no longer be used. Please answer again."))
    code = "".join((code or "").split())[:12]
    if not (code and check_password(code, rsvp.code_hash)):
        RSVP.objects.filter(pk=rsvp.pk).update(code_attempts=rsvp.code_attempts + 1)
        rsvp.refresh_from_db()
        if rsvp.code_attempts >= CODE_ATTEMPTS:
            RSVP.objects.filter(pk=rsvp.pk).update(cancelled_at=timezone.now(), held_until=None)
            raise Refused(_("Too many wrong codes. Please answer again."))
        return None
    return _retrying(lambda: _confirm(rsvp), rsvp)


def _confirm(rsvp):
    now = timezone.now()
    with transaction.atomic():
        locked = _locked(rsvp.event, now)
        current = RSVP.objects.filter(pk=rsvp.pk).first()
        if current is None or current.cancelled_at is not None:
            raise Refused(_("This code can no longer be used. Please answer again."))
        if current.confirmed_at is not None:
            # Confirmed a moment ago by another request (the same form sent twice).
            current.updated = False
            return current
        earlier = _earlier(locked, current)
        # Its own hold may have lapsed: then the places must still be free.
        _check_places(locked, current, now, earlier, exclude=Q(pk=current.pk))
        answer = earlier or current
        if earlier is not None:
            for field in (
                "name",
                "people",
                "language",
                "needs_interpreter",
                "interpreter_language",
                "needs_accessibility",
                "needs_childcare",
            ):
                setattr(earlier, field, getattr(current, field))
            earlier.cancelled_at = None
            current.delete()
        answer.confirmed_at, answer.held_until, answer.code_hash = now, None, ""
        answer.save()
        answer.updated = earlier is not None
    return answer


def cancel(rsvp):
    """True when this call cancelled it; False when it already was."""
    updated = RSVP.objects.filter(pk=rsvp.pk, cancelled_at__isnull=True).update(
        cancelled_at=timezone.now()
    )
    return bool(updated)
