import re

from django.conf import settings
from django.middleware.locale import LocaleMiddleware

LANGUAGE_LIKE = re.compile(r"^/([a-z]{2,3}(?:[-_][a-z0-9]{2,8})?)(?:/|$)", re.IGNORECASE)


class PrefixedLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, except that an address starting with a language the site does
    not offer (`/de/…`, `/xx/…`) is a 404 rather than a redirect to `/fr/de/…`."""

    def process_response(self, request, response):
        if response.status_code == 404:
            match = LANGUAGE_LIKE.match(request.path_info)
            enabled = {code for code, _name in settings.LANGUAGES}
            if match and match.group(1).lower() not in enabled:
                return response
        return super().process_response(request, response)
