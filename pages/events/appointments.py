"""Individual appointments: opening slots in bulk, booking one, confirming by code, moving and
cancelling. One slot is never booked twice: the database refuses it (see Booking.Meta)."""

import contextlib
import datetime
import secrets

from django.contrib.auth.hashers import check_password, make_password
from django.db import IntegrityError, OperationalError, transaction
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.roles import Refused

from .models import Booking, Slot

CODE_ATTEMPTS = 5
#: An unconfirmed booking holds its slot this long, then frees it: long enough to read the
#: emailed code, short enough that a time typed with someone else's address comes back soon.
PENDING_HOLD = datetime.timedelta(minutes=10)
MAX_SLOTS = 400


class PlannedSlots(list):
    """(start, end) pairs; `skipped` holds (day, school calendar entries) for the days left out
    because they are holidays, public holidays or the school's days off."""

    skipped = ()


def plan_slots(first_day, weekday, start, end, minutes, weeks, zone, calendar=None):
    """The (start, end) pairs for "Tuesdays 16:30–19:00, every 15 minutes, for four weeks",
    without the days off of `calendar` (a school calendar) when one is given."""
    if minutes < 5 or minutes > 240:
        raise Refused(_("A meeting lasts between 5 and 240 minutes."))
    if end <= start:
        raise Refused(_("The end must come after the start."))
    if not 1 <= weeks <= 20:
        raise Refused(_("Choose between 1 and 20 weeks."))
    day = first_day + datetime.timedelta(days=(weekday - first_day.weekday()) % 7)
    step = datetime.timedelta(minutes=minutes)
    planned = PlannedSlots()
    planned.skipped = []
    for _week in range(weeks):
        if calendar is not None and calendar.is_day_off(day):
            planned.skipped.append((day, calendar.entries_on(day)))
            day += datetime.timedelta(days=7)
            continue
        moment = datetime.datetime.combine(day, start, zone)
        finish = datetime.datetime.combine(day, end, zone)
        while moment + step <= finish:
            planned.append((moment, moment + step))
            moment += step
        day += datetime.timedelta(days=7)
    if len(planned) > MAX_SLOTS:
        raise Refused(_("That is too many slots at once. Choose fewer weeks."))
    return planned


def open_slots(host, planned, place="", site=None):
    """Create the planned slots the host does not have yet, for the families of `site` (the
    school the host opened them from); returns how many were created."""
    existing = set(
        Slot.objects.filter(host=host, start__in=[s for s, _e in planned]).values_list(
            "start", flat=True
        )
    )
    new = [
        Slot(host=host, site=site, start=s, end=e, place=place)
        for s, e in planned
        if s not in existing
    ]
    Slot.objects.bulk_create(new, ignore_conflicts=True)
    return len(new)


def holding(bookings, now):
    """The bookings among `bookings` that hold their slot: confirmed, or waiting for their code
    since less than PENDING_HOLD."""
    return bookings.filter(cancelled_at__isnull=True).filter(
        Q(confirmed_at__isnull=False) | Q(created_at__gte=now - PENDING_HOLD)
    )


def free_slots(host=None, now=None, site=None):
    """Slots still free to book, of one host and one school's site (a Site or its id) if given."""
    now = now or timezone.now()
    taken = holding(Booking.objects.filter(slot=OuterRef("pk")), now)
    queryset = Slot.objects.filter(start__gt=now).exclude(Exists(taken))
    if host is not None:
        queryset = queryset.filter(host=host)
    if site is not None:
        queryset = queryset.filter(site=site)
    return queryset.select_related("host").order_by("start")


def _release_stale(slot, now):
    Booking.objects.filter(
        slot=slot,
        cancelled_at__isnull=True,
        confirmed_at__isnull=True,
        created_at__lt=now - PENDING_HOLD,
    ).update(cancelled_at=now)


def check_free(slot, now=None):
    """Raise Refused when `slot` has passed or is held: cheap, so checked before anything costly."""
    now = now or timezone.now()
    if slot.start <= now:
        raise Refused(_("This time has passed. Please choose another one."))
    if holding(Booking.objects.filter(slot=slot), now).exists():
        raise Refused(_("Sorry, someone has just booked this time. Please choose another one."))


def book(slot, booking, confirmed):
    """Save `booking` (unsaved) on `slot`, or raise Refused. With `confirmed` False, a code is
    generated and returned so that it can be emailed; only its hash is stored."""
    now = timezone.now()
    # SQLite refuses even this read while another booking is being written: the transaction
    # below then decides.
    with contextlib.suppress(OperationalError):
        check_free(slot, now)
    code = None
    if confirmed:
        booking.confirmed_at = now
    else:
        code = f"{secrets.randbelow(1_000_000):06d}"
        booking.code_hash = make_password(code)
    booking.slot = slot
    try:
        with transaction.atomic():
            _release_stale(slot, now)
            booking.save()
    except (IntegrityError, OperationalError):
        booking.pk = None
        raise Refused(
            _("Sorry, someone has just booked this time. Please choose another one.")
        ) from None
    return code


def confirm(booking, code):
    """Check the emailed code. True when confirmed; Refused after too many wrong codes."""
    if booking.cancelled_at or booking.code_attempts >= CODE_ATTEMPTS:
        raise Refused(_("This code can no longer be used. Please book again."))
    if booking.confirmed_at:
        return True
    code = "".join((code or "").split())[:12]
    if code and check_password(code, booking.code_hash):
        Booking.objects.filter(pk=booking.pk).update(confirmed_at=timezone.now(), code_hash="")
        booking.refresh_from_db()
        return True
    Booking.objects.filter(pk=booking.pk).update(code_attempts=booking.code_attempts + 1)
    booking.refresh_from_db()
    if booking.code_attempts >= CODE_ATTEMPTS:
        Booking.objects.filter(pk=booking.pk).update(cancelled_at=timezone.now())
        raise Refused(_("Too many wrong codes. The time is free again: please book again."))
    return False


def cancel(booking):
    return bool(
        Booking.objects.filter(pk=booking.pk, cancelled_at__isnull=True).update(
            cancelled_at=timezone.now()
        )
    )


def move(booking, new_slot):
    """Move a confirmed booking to another free slot: the old one is freed only if the new one
    is taken."""
    if new_slot.start <= timezone.now():
        raise Refused(_("This time has passed. Please choose another one."))
    try:
        with transaction.atomic():
            _release_stale(new_slot, timezone.now())
            Booking.objects.filter(pk=booking.pk).update(slot=new_slot)
    except (IntegrityError, OperationalError):
        raise Refused(
            _("Sorry, someone has just booked this time. Please choose another one.")
        ) from None
    booking.refresh_from_db()
    return booking
