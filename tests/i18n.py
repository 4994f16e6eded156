"""What a French visitor reads: tests compare pages with the catalogue, not with English source."""

from django.utils import translation


def french(message, **params):
    with translation.override("fr"):
        text = translation.gettext(message)
    assert text != message or message.isupper(), f"no French translation for {message!r}"
    return text % params if params else text


def in_language(code, message):
    """What a visitor reading `code` reads for this interface string."""
    with translation.override(code):
        return translation.gettext(message)
