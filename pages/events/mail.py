"""Emails of the agenda, each in the family's language, signed by the event's or the slot's school,
with its .ics attached. They all leave through portal.notify."""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from portal import notify, roles
from portal.notify import links
from portal.notify.quiet_hours import next_allowed_time
from portal.schools import school_of

from . import ical
from .choices import Companion

REMINDER_BEFORE = datetime.timedelta(days=1)
#: A booking made this close to the meeting gets no reminder: the confirmation is enough.
NO_REMINDER_WITHIN = datetime.timedelta(hours=3)


def send_rsvp_confirmation(rsvp, event_page):
    school = school_of(event_page)
    cal = ical.new_calendar(school.zone)
    url = school.page_url(event_page)
    cal.add_component(ical.event_component(event_page, school.zone, school.hostname, url))
    context = {
        "rsvp": rsvp,
        "event": event_page,
        # Naive local times: the templates show them as the school's clock reads them.
        "start": timezone.make_naive(event_page.start, school.zone),
        "end": timezone.make_naive(event_page.end, school.zone),
        "event_url": url,
        "cancel_url": school.reverse(
            "events:rsvp_cancel", rsvp.language, token=links.make("rsvp", rsvp)
        ),
    }
    return notify.send(
        rsvp,
        "events/email/rsvp",
        context,
        school=school,
        # Once per confirmation: a changed answer gets the event again.
        purpose=f"rsvp-{rsvp.confirmed_at.timestamp():.6f}" if rsvp.confirmed_at else "rsvp",
        obj=rsvp,
        attachments=[("event.ics", ical.to_bytes(cal), "text/calendar")],
    )


def send_rsvp_code(rsvp, code, event_page, token):
    """The code that confirms an answer given without an account (never stored in clear)."""
    school = school_of(event_page)
    context = {
        "rsvp": rsvp,
        "code": code,
        "event": event_page,
        "start": timezone.make_naive(event_page.start, school.zone),
        "confirm_url": school.reverse("events:rsvp_confirm", rsvp.language, token=token),
    }
    return notify.send(
        rsvp, "events/email/rsvp_code", context, school=school, purpose="rsvp-code", obj=rsvp
    )


def booking_calendar(booking, school):
    with translation.override(booking.language):
        summary = _("Meeting with %(name)s") % {
            "name": booking.slot.host.get_full_name() or _("the school")
        }
        description = f"{booking.get_mode_display()} — {booking.child_class}"
    cal = ical.new_calendar(school.zone)
    cal.add_component(
        ical.booking_component(
            booking, school.zone, school.hostname, summary, description, booking.slot.place
        )
    )
    return ical.to_bytes(cal)


def _booking_context(booking, school):
    return {
        "booking": booking,
        "host": booking.slot.host,
        "start": timezone.make_naive(booking.slot.start, school.zone),
        "end": timezone.make_naive(booking.slot.end, school.zone),
        "manage_url": school.reverse(
            "events:booking_manage", booking.language, token=links.make("booking", booking)
        ),
    }


def _with_calendar(booking, school):
    return [("rendez-vous.ics", booking_calendar(booking, school), "text/calendar")]


def send_booking_code(booking):
    """The code that confirms a booking made without an account (booking.code, never stored)."""
    school = school_of(booking)
    return notify.send(
        booking,
        "events/email/booking_code",
        _booking_context(booking, school),
        school=school,
        purpose="booking-code",
        obj=booking,
    )


def send_booking_confirmation(booking):
    """The confirmation (again after a move, for the new time), then the reminder and the word to
    the host."""
    school = school_of(booking)
    confirmation = notify.send(
        booking,
        "events/email/booking_confirmation",
        _booking_context(booking, school),
        school=school,
        purpose=f"booking-confirmation-{booking.slot_id}",
        obj=booking,
        attachments=_with_calendar(booking, school),
    )
    schedule_reminder(booking, school)
    tell_the_host(booking, school)
    return confirmation


def withdraw_reminder(booking, slot_id):
    """Take back the reminder of `booking` at slot `slot_id`, if it has not left yet."""
    notify.withdraw(f"booking-reminder-{slot_id}", booking)
    notify.withdraw(f"booking-host-{slot_id}", booking)


def send_booking_cancelled(booking, slot_id):
    school = school_of(booking)
    withdraw_reminder(booking, slot_id)
    return notify.send(
        booking,
        "events/email/booking_cancelled",
        _booking_context(booking, school),
        school=school,
        purpose="booking-cancelled",
        obj=booking,
        attachments=_with_calendar(booking, school),
    )


def reminder_time(booking, school, now=None):
    """When the reminder leaves: a day before, moved out of quiet hours (the school's and the
    parent's own); None when that would be after the meeting has started, or when the booking is
    so close that the confirmation is enough."""
    now = now or timezone.now()
    wanted = max(booking.slot.start - REMINDER_BEFORE, now)
    # Not urgent: a reminder due during the holidays waits for a school day, or is not sent.
    when = next_allowed_time(school, wanted, person=booking.user)
    if when >= booking.slot.start or booking.slot.start - now < NO_REMINDER_WITHIN:
        return None
    return when


def schedule_reminder(booking, school=None):
    """Write the reminder, to leave at its allowed time; returns that time (None: no reminder)."""
    school = school or school_of(booking)
    when = reminder_time(booking, school)
    if when is None:
        return None
    message = notify.send_later(
        booking,
        "events/email/booking_reminder",
        _booking_context(booking, school),
        school=school,
        purpose=f"booking-reminder-{booking.slot_id}",
        obj=booking,
        not_before=when,
    )
    return message.due_at


def tell_the_host(booking, school):
    """The teacher (or the Director) hears of each booking; when the family asks for an
    interpreter, the Directors hear of it too, so that one is found in time."""
    host = booking.slot.host
    recipients = [host]
    if booking.companion == Companion.INTERPRETER:
        directors = get_user_model().objects.filter(groups__name=roles.DIRECTOR, is_active=True)
        recipients += [person for person in directors if person.pk != host.pk]
    day = timezone.localtime(booking.slot.start, school.zone).date().isoformat()
    for person in recipients:
        context = {
            "booking": booking,
            "host": host,
            "for_host": person.pk == host.pk,
            "start": timezone.make_naive(booking.slot.start, school.zone),
            "day_url": school.reverse("events:host_day", person.language) + f"?day={day}",
        }
        notify.send_later(
            person,
            "events/email/booking_host",
            context,
            school=school,
            purpose=f"booking-host-{booking.slot_id}",
            obj=booking,
        )
