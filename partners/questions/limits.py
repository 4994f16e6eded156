"""How often one client may ask: counted in the cache, keyed by a hash of the client address,
which is never written to the database."""

import hashlib

from django.conf import settings
from django.core.cache import cache

from allauth.account.adapter import get_adapter

#: At most this many questions per client address in the window.
PER_WINDOW = 5
WINDOW_SECONDS = 3600


def _key(request):
    # allauth's adapter reads the client address behind the configured trusted proxies.
    address = get_adapter(request).get_client_ip(request) or "unknown"
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{address}".encode()).hexdigest()[:32]
    return f"partners:ask:{digest}"


def allowed(request):
    """Count one question for this client; False once the window's quota is used up."""
    key = _key(request)
    cache.add(key, 0, WINDOW_SECONDS)
    try:
        count = cache.incr(key)
    except ValueError:
        cache.set(key, 1, WINDOW_SECONDS)
        count = 1
    return count <= PER_WINDOW
