"""How often one client may ask for something costly that is not a form: making a PDF. allauth's
public limiter counts only POST requests, so GETs are counted here, the same way: rates written
like allauth's ("10/m/ip,60/h/ip") in `PORTAL_RATE_LIMITS`, per client address (read by allauth's
adapter, which knows `TRUSTED_PROXY_COUNT`; IPv6 per /64), in the shared cache."""

import hashlib
import ipaddress

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from allauth.account.adapter import get_adapter

UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def rates(action):
    """(amount, seconds) pairs of `action`: "10/m/ip,60/h/ip" gives (10, 60), (60, 3600)."""
    found = []
    for part in settings.PORTAL_RATE_LIMITS.get(action, "").split(","):
        if part.strip():
            amount, period = part.strip().split("/")[:2]
            found.append((int(amount), int(float(period[:-1] or 1) * UNITS[period[-1]])))
    return found


def client_address(request):
    """The client's address (its /64 network for IPv6), as allauth reads it behind proxies."""
    try:
        address = get_adapter(request).get_client_ip(request)
    except PermissionDenied:
        return "unknown"
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return address
    if parsed.version == 6:
        return str(ipaddress.IPv6Network(f"{parsed}/64", strict=False).network_address)
    return address


def allow(request, action):
    """True, and counted, while this client is under every rate of `action` (over the last
    minute, hour… from now, not from the start of the clock's minute)."""
    client = hashlib.sha256(client_address(request).encode()).hexdigest()[:32]
    now = timezone.now().timestamp()
    allowed = True
    counted = []
    for amount, seconds in rates(action):
        key = f"portal:rl:{action}:{seconds}:{client}"
        # Two requests at the same instant may both be let through: a limit, not a ledger.
        recent = [moment for moment in cache.get(key, []) if moment > now - seconds]
        allowed = allowed and len(recent) < amount
        counted.append((key, recent, seconds))
    if allowed:
        for key, recent, seconds in counted:
            cache.set(key, [*recent, now], seconds)
    return allowed
