"""Site-wide views that live outside the page tree: health, language redirect, error pages."""

import sys

from django.conf import settings
from django.db import DatabaseError, connection
from django.http import HttpResponsePermanentRedirect, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.templatetags.static import static
from django.utils import translation
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from portal import unavailable
from portal.i18n import language_from_request


@never_cache
@require_safe
def healthz(request):
    try:
        connection.ensure_connection()
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return JsonResponse({"status": "error", "database": "unavailable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


@require_safe
def root_redirect(request):
    """`/` sends each visitor to the home page in the language their browser asks for."""
    response = HttpResponseRedirect(f"/{language_from_request(request)}/")
    response["Vary"] = "Accept-Language, Cookie"
    return response


def _language_of(request):
    return translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE


def page_not_found(request, exception=None):
    """The 404 page in the language of the address, or in French when the address has none."""
    with translation.override(_language_of(request)):
        return render(request, "404.html", status=404)


def permission_denied(request, exception=None):
    """The 403 page in the site's layout, in the language of the address or else the visitor's."""
    code = translation.get_language_from_path(request.path_info) or language_from_request(request)
    with translation.override(code):
        return render(request, "403.html", status=403)


def bad_request(request, exception=None):
    """A request the site cannot read (unknown host name, too many fields): the site's page."""
    with translation.override(_language_of(request)):
        return render(request, "400.html", status=400)


def csrf_failure(request, reason=""):
    """A form sent after its page expired (or from another site, or with cookies refused): say so
    in the site's page, in the language of the page it was sent from, and lose no time."""
    with translation.override(_language_of(request)):
        return render(request, "403_csrf.html", status=403)


def server_error(request):
    # A lost database in a middleware (sessions, users) ends here rather than in the middleware.
    error = sys.exc_info()[1]
    if unavailable.is_unreachable(error):
        return unavailable.response(request, error)
    return render(request, "500.html", status=500)


@require_safe
def language_redirect(request, rest, section):
    """`/accounts/…` or `/appointments/…` without a language leads to the same page in the
    visitor's language (admin menus link there)."""
    query = request.META.get("QUERY_STRING", "")
    target = f"/{language_from_request(request)}/{section}/{rest}"
    return HttpResponseRedirect(f"{target}?{query}" if query else target)


@require_safe
def favicon(request):
    """Browsers ask for /favicon.ico whatever the page says; the icon lives with the static files."""
    return HttpResponsePermanentRedirect(static("img/favicon.svg"))
