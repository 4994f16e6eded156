"""When the database cannot be reached: 503 with `Retry-After` and a short page in the visitor's
language, rendered without the database (no context processor, no page, no school settings)."""

import logging

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import translation

from portal.i18n import language_from_request

RETRY_AFTER_SECONDS = 120

logger = logging.getLogger(__name__)


def is_unreachable(error):
    """Whether an exception means the database is down, refusing or busy, rather than a bug."""
    return isinstance(error, OperationalError | InterfaceError)


def response(request, error=None):
    logger.warning("Database unavailable for %s: %s", request.path, error)
    code = translation.get_language_from_path(request.path_info) or language_from_request(request)
    with translation.override(code):
        html = render_to_string("503.html", {"retry_minutes": RETRY_AFTER_SECONDS // 60})
    answer = HttpResponse(html, status=503)
    answer["Retry-After"] = str(RETRY_AFTER_SECONDS)
    answer["Cache-Control"] = "no-store"
    return answer


class DatabaseUnavailableMiddleware:
    """Turns a view's lost database connection into the 503 page instead of a 500."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        return response(request, exception) if is_unreachable(exception) else None
