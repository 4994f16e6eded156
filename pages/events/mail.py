"""Emails of the agenda, each in the family's language and with its .ics attached."""

import datetime

from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from wagtail.models import Site

from portal.models import SchoolSettings
from portal.notify.email import send_to

from . import ical, tokens


def _site():
    return Site.objects.filter(is_default_site=True).first()


def _absolute(site, path):
    return f"{site.root_url}{path}" if site else path


def _host(site):
    return site.hostname if site else "passerelle.localhost"


def _reverse(language, name, **kwargs):
    with translation.override(language):
        return reverse(name, kwargs=kwargs)


def send_rsvp_confirmation(rsvp, event_page):
    site = _site()
    zone = SchoolSettings.for_site(site).zone if site else datetime.UTC
    cal = ical.new_calendar(zone)
    url = event_page.get_full_url()
    cal.add_component(ical.event_component(event_page, zone, _host(site), url))
    context = {
        "rsvp": rsvp,
        "event": event_page,
        # Naive local times: the templates show them as the school's clock reads them.
        "start": timezone.make_naive(event_page.start, zone),
        "end": timezone.make_naive(event_page.end, zone),
        "event_url": url,
        "cancel_url": _absolute(
            site, _reverse(rsvp.language, "events:rsvp_cancel", token=tokens.make("rsvp", rsvp.pk))
        ),
    }
    return send_to(
        rsvp.email,
        rsvp.language,
        "events/email/rsvp_subject.txt",
        "events/email/rsvp_body.txt",
        context,
        attachments=[("event.ics", ical.to_bytes(cal), "text/calendar")],
    )


def booking_calendar(booking, zone, site):
    with translation.override(booking.language):
        summary = _("Meeting with %(name)s") % {
            "name": booking.slot.host.get_full_name() or _("the school")
        }
        description = f"{booking.get_mode_display()} — {booking.child_class}"
    cal = ical.new_calendar(zone)
    cal.add_component(
        ical.booking_component(booking, zone, _host(site), summary, description, booking.slot.place)
    )
    return ical.to_bytes(cal)


def _booking_context(booking, site, zone):
    return {
        "booking": booking,
        "host": booking.slot.host,
        "start": timezone.make_naive(booking.slot.start, zone),
        "end": timezone.make_naive(booking.slot.end, zone),
        "manage_url": _absolute(
            site,
            _reverse(
                booking.language, "events:booking_manage", token=tokens.make("booking", booking.pk)
            ),
        ),
    }


def send_booking_mail(booking, kind):
    """kind: "confirmation", "reminder", "cancelled" or "code" (the latter with booking.code)."""
    site = _site()
    zone = SchoolSettings.for_site(site).zone if site else datetime.UTC
    context = _booking_context(booking, site, zone)
    attachments = ()
    if kind in ("confirmation", "reminder", "cancelled"):
        attachments = [("rendez-vous.ics", booking_calendar(booking, zone, site), "text/calendar")]
    return send_to(
        booking.email,
        booking.language,
        f"events/email/booking_{kind}_subject.txt",
        f"events/email/booking_{kind}_body.txt",
        context,
        attachments=attachments,
    )
