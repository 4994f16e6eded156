"""What the agenda holds about a person, for the data export and the account's deletion."""

import datetime

from django.core import signing
from django.db.models import Q

from .models import RSVP, Booking, Slot

#: Links in emails sent before the site's one link scheme lived this long.
LEGACY_MAX_AGE = datetime.timedelta(days=400)


def _theirs(user):
    return Q(user=user) | Q(email__iexact=user.email)


def export_answers(user):
    return [
        {
            "event": answer.event.title,
            "event_start": answer.event.start,
            "name": answer.name,
            "email": answer.email,
            "people": answer.people,
            "interpreter_language": answer.interpreter_language,
            "needs_accessibility": answer.needs_accessibility,
            "needs_childcare": answer.needs_childcare,
            "answered_at": answer.created_at,
            "confirmed_at": answer.confirmed_at,
            "cancelled_at": answer.cancelled_at,
            "attended": answer.attended,
        }
        for answer in RSVP.objects.filter(_theirs(user)).select_related("event")
    ]


def erase_answers(user):
    RSVP.objects.filter(_theirs(user)).delete()


def export_appointments(user):
    booked = Booking.objects.filter(_theirs(user)).select_related("slot__host")
    return {
        "booked": [
            {
                "start": booking.slot.start,
                "with": booking.slot.host.get_full_name(),
                "name": booking.name,
                "email": booking.email,
                "phone": booking.phone,
                "child_class": booking.child_class,
                "companion": booking.companion,
                "interpreter_language": booking.interpreter_language,
                "mode": booking.mode,
                "confirmed_at": booking.confirmed_at,
                "cancelled_at": booking.cancelled_at,
                "attended": booking.attended,
            }
            for booking in booked
        ],
        "opened": list(Slot.objects.filter(host=user).values("start", "end", "place")),
    }


def erase_appointments(user):
    # The person's own slots go with the account (and the bookings made on them).
    Booking.objects.filter(_theirs(user)).delete()


def legacy_link_reader(kind):
    def read(token):
        signer = signing.TimestampSigner(salt=f"passerelle.events.{kind}")
        return int(signer.unsign(token, max_age=LEGACY_MAX_AGE))

    return read
