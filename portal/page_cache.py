"""Whole pages for visitors without a session, from Django's cache (Redis in production, local
memory by default), keyed by the site's host, the language and the full URL with its query string,
under the current content generation (`portal.freshness`): any change a visitor could see makes
every cached page fresh at once.

Nothing personal is ever stored or served:
- only GET and HEAD, from visitors who send no session cookie and no pending messages;
- a response is stored only if it is a plain 200 that sets no cookie (a page with a form issues a
  CSRF token and sets its cookie, so pages with forms are built for each visitor and their forms
  keep working), left the session untouched, and is not marked private or no-store.

Stored pages carry an ETag and a Last-Modified date and answer conditional requests with 304.
`PAGE_CACHE_SECONDS` (0 switches the cache off) bounds how long a page is kept.

Why not wagtail-cache: it keys pages by URL and clears them with a Wagtail hook on publish, but
the pages here also show snippets, settings, places left and bookings, which change without
anything being published; one generation for everything is simpler and never stale. It also
stores responses that set a CSRF cookie when the form is on a page it caches.
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils import translation
from django.utils.cache import get_conditional_response
from django.utils.http import http_date

from portal import freshness
from portal.transactions import SAFE_METHODS

#: Paths never served from the cache: the admin, accounts, files with their own rules.
UNCACHED_PREFIXES = ("/admin/", "/documents/", "/media/", "/static/", "/_util/", "/healthz")
UNCACHED_PARTS = ("/accounts/", "/appointments/", "/events/answer/", "/_util/")

#: Headers a stored page gets anew each time it is served.
OWN_HEADERS = frozenset({"etag", "last-modified", "x-page-cache", "set-cookie", "content-length"})


def _seconds():
    return getattr(settings, "PAGE_CACHE_SECONDS", 0)


def _cacheable_request(request):
    if request.method not in ("GET", "HEAD") or _seconds() <= 0:
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES or "messages" in request.COOKIES:
        return False
    if "HTTP_AUTHORIZATION" in request.META:
        return False
    path = request.path_info
    return not path.startswith(UNCACHED_PREFIXES) and not any(p in path for p in UNCACHED_PARTS)


def _cacheable_response(request, response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    session = getattr(request, "session", None)
    if session is not None and (session.modified or not session.is_empty()):
        return False
    if getattr(request, "user", None) is not None and request.user.is_authenticated:
        return False
    control = response.get("Cache-Control", "").lower()
    return "private" not in control and "no-store" not in control


#: The pages this process served from the shared cache lately, for the current generation: a
#: page read again within seconds (a burst after the gazette goes out) costs no second round trip.
#: Bounded in count and size, emptied when the generation moves on; each entry keeps its expiry.
LOCAL_PAGES = 200
LOCAL_PAGE_BYTES = 256 * 1024
_local = {"generation": None, "pages": {}}


def _local_pages(generation):
    global _local
    if _local["generation"] != generation:
        _local = {"generation": generation, "pages": {}}
    return _local["pages"]


def _read(key, generation):
    pages = _local_pages(generation)
    kept = pages.get(key)
    if kept is not None and kept[0] > time.time():
        return kept[1]
    stored = cache.get(key)
    if stored is not None:
        _keep(key, generation, stored)
    return stored


def _keep(key, generation, stored):
    pages = _local_pages(generation)
    if len(stored[1]) <= LOCAL_PAGE_BYTES:
        if len(pages) >= LOCAL_PAGES:
            pages.pop(next(iter(pages)))
        # Kept here no longer than the shared cache keeps it from when it was built (the bound
        # on "open now").
        pages[key] = (stored[4] + _seconds(), stored)


def _key(request, generation):
    try:
        host = request.get_host()
    except Exception:
        host = ""
    url = request.get_full_path()
    digest = hashlib.sha256(f"{host}|{translation.get_language()}|{url}".encode()).hexdigest()
    return f"page:{generation}:{digest}"


def _answer(request, stored):
    status, content, headers, etag, last_modified = stored
    response = get_conditional_response(request, etag=etag, last_modified=last_modified)
    if response is None:
        response = HttpResponse(content if request.method == "GET" else b"", status=status)
        response.headers["Content-Length"] = str(len(content))
    for name, value in headers:
        response.headers[name] = value
    response.headers["ETag"] = etag
    response.headers["Last-Modified"] = http_date(last_modified)
    # Browsers ask again each time (a 304 when nothing changed) rather than guess from the date.
    response.headers.setdefault("Cache-Control", "no-cache")
    response.headers["X-Page-Cache"] = "hit"
    return response


class PageCacheMiddleware:
    """Placed after the locale middleware (the key needs the language) and before CSRF,
    messages and authentication (so that their cookies are seen on the way out)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in SAFE_METHODS:
            # Writes that visitors would see start a new generation once committed.
            with freshness.WatchWrites():
                return self.get_response(request)
        if not _cacheable_request(request):
            return self.get_response(request)
        generation = freshness.generation()
        key = _key(request, generation)
        stored = _read(key, generation)
        if stored is not None:
            return _answer(request, stored)
        response = self.get_response(request)
        if request.method == "GET" and _cacheable_response(request, response):
            content = response.content
            etag = f'"{hashlib.md5(content, usedforsecurity=False).hexdigest()}"'
            last_modified = int(time.time())
            headers = [(n, v) for n, v in response.items() if n.lower() not in OWN_HEADERS]
            stored = (response.status_code, content, headers, etag, last_modified)
            # Stored under the generation read before the page was built: a change made while it
            # was being built leaves it under the old key, never served.
            cache.set(key, stored, _seconds())
            _keep(key, generation, stored)
            response.headers["ETag"] = etag
            response.headers["Last-Modified"] = http_date(last_modified)
            response.headers.setdefault("Cache-Control", "no-cache")
            response.headers["X-Page-Cache"] = "miss"
        return response
