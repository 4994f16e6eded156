"""Language helpers: which language a visitor wants, and how to name each language."""

from django.conf import settings
from django.utils import translation
from django.utils.translation.trans_real import parse_accept_lang_header


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


def is_rtl(code):
    return translation.get_language_info(code)["bidi"]
