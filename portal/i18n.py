"""Language helpers: which language a visitor wants, and the Locale of the active language."""

import re
from contextvars import ContextVar

from django.conf import settings
from django.core.signals import request_finished, request_started
from django.utils import translation
from django.utils.translation.trans_real import parse_accept_lang_header

from wagtail.models import Locale

#: Locales read during the current request, by language code (None outside a request).
_locales = ContextVar("passerelle_locales", default=None)


def _new_request(**kwargs):
    _locales.set({})


def _request_ended(**kwargs):
    # What a request read is not kept past it: code running afterwards in the same thread (a test,
    # a command) reads the Locale again rather than one of a database since changed.
    _locales.set(None)


request_started.connect(_new_request, dispatch_uid="passerelle-locales")
request_finished.connect(_request_ended, dispatch_uid="passerelle-locales-ended")


def active_locale():
    """The Wagtail Locale of the active language, read once per request."""
    found = _locales.get()
    if found is None:
        return Locale.get_active()
    code = translation.get_language()
    if code not in found:
        from portal import freshness

        found[code] = freshness.remembered(f"locale:{code}", Locale.get_active)
    return found[code]


def enabled_codes():
    return [code for code, _name in settings.LANGUAGES]


def language_from_request(request):
    """The enabled language a visitor prefers: their cookie, else Accept-Language, else French."""
    codes = enabled_codes()
    cookie = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
    if cookie in codes:
        return cookie
    try:
        accepted = parse_accept_lang_header(request.headers.get("Accept-Language", "")[:500])
    except ValueError:
        accepted = ()
    for code, _quality in accepted:
        base = code.split("-")[0].lower()
        if base in codes:
            return base
    return settings.LANGUAGE_CODE


#: Languages that write the names of languages in lower case inside a sentence ("le français"),
#: where Django names them as they stand alone ("Français").
LOWER_CASE_LANGUAGE_NAMES = frozenset({"fr", "es", "pt", "it", "ro", "uk", "ru", "pl", "ca"})


def language_name_in_sentence(code):
    """The name of language `code` in the active language, as written inside a sentence."""
    name = str(translation.get_language_info(code)["name_translated"])
    active = (translation.get_language() or "").split("-")[0]
    return name.lower() if active in LOWER_CASE_LANGUAGE_NAMES else name


def url_in_language(page, language=None):
    """`page`'s address under the prefix of `language` (the active one by default): someone
    reading the interface in Arabic stays in it, even on a page that exists only in French (the
    site then serves the French page with its notice)."""
    url = page.url
    language = language or translation.get_language()
    if language and re.match(r"^/[a-z]{2}/", url):
        return f"/{language}{url[3:]}"
    return url
