"""Background work of the agenda: appointment reminders, sent outside the school's quiet hours."""

import datetime

from django.utils import timezone

from wagtail.models import Site

from django_tasks import task

from portal.models import SchoolSettings
from portal.notify.quiet_hours import next_allowed_time

REMINDER_BEFORE = datetime.timedelta(days=1)


def reminder_time(booking, school, now=None):
    """When the reminder leaves: a day before, moved out of quiet hours; None when that would be
    after the meeting has started, or when the booking is so close that the confirmation is enough."""
    now = now or timezone.now()
    wanted = max(booking.slot.start - REMINDER_BEFORE, now)
    when = next_allowed_time(school, wanted)
    if when >= booking.slot.start or booking.slot.start - now < datetime.timedelta(hours=3):
        return None
    return when


@task()
def send_booking_reminder(booking_id, slot_id):
    from .mail import send_booking_mail
    from .models import Booking

    booking = (
        Booking.objects.active()
        .filter(pk=booking_id, slot_id=slot_id, confirmed_at__isnull=False)
        .select_related("slot__host")
        .first()
    )
    # A cancelled or moved booking gets no reminder for its old time.
    if booking is None:
        return False
    send_booking_mail(booking, "reminder")
    return True


def schedule_reminder(booking):
    """Enqueue the reminder at its allowed time; returns that time (None: no reminder)."""
    site = Site.objects.filter(is_default_site=True).first()
    school = SchoolSettings.for_site(site)
    when = reminder_time(booking, school)
    if when is None:
        return None
    reminder = send_booking_reminder
    if reminder.get_backend().supports_defer:
        reminder = reminder.using(run_after=when)
    reminder.enqueue(booking.pk, booking.slot_id)
    return when
