"""How often one client, or one email address, may answer events and book appointments: without
it one visitor could fill an event or hold every free time, and have codes sent to any address.

The rates are `ACCOUNT_RATE_LIMITS["event_answer"]` and `["booking"]`, counted in the shared cache
by allauth's rate limiter like the sign-in and page password limits (`TRUSTED_PROXY_COUNT` tells
it the client address behind proxies)."""

from django.utils.translation import gettext_lazy as _

from allauth.core import ratelimit

ANSWER = "event_answer"
BOOKING = "booking"

TOO_MANY = _(
    "Too many requests from this connection or for this email address. Please try again in an hour."
)


def allow(request, action, email):
    """True, and counted, when this client and this address are still under the limits."""
    return ratelimit.consume(request, action=action, key=(email or "").strip().lower())
