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


#: Languages that write the names of languages in lower case inside a sentence ("le français"),
#: where Django names them as they stand alone ("Français").
LOWER_CASE_LANGUAGE_NAMES = frozenset({"fr", "es", "pt", "it", "ro", "uk", "ru", "pl", "ca"})


def language_name_in_sentence(code):
    """The name of language `code` in the active language, as written inside a sentence."""
    name = str(translation.get_language_info(code)["name_translated"])
    active = (translation.get_language() or "").split("-")[0]
    return name.lower() if active in LOWER_CASE_LANGUAGE_NAMES else name


def is_rtl(code):
    return translation.get_language_info(code)["bidi"]
