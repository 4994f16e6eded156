"""Dates as families read them, in each language's own order and punctuation.

Word order, the ordinal of the first day ("1er" in French), and the comma between a date and a
time ("،" in Arabic) differ between languages: they live in the catalogues as Django date formats,
so that translators fix them, never the code.
"""

from django.utils import dateformat, translation
from django.utils.translation import pgettext

#: Languages that write weekdays and months in lower case ("le mardi 1er juin"), where Django's
#: catalogues give the names as they stand alone in a calendar ("Mardi").
LOWER_CASE_NAMES = frozenset({"fr", "es", "pt", "it", "ro", "uk", "ru", "pl", "ca", "nl"})


def _pattern(value, year):
    if value.day == 1:
        if year:
            return pgettext("date format: weekday, first day of a month, month, year", "l j F Y")
        return pgettext("date format: weekday, first day of a month, month", "l j F")
    if year:
        return pgettext("date format: weekday, day, month, year", "l j F Y")
    return pgettext("date format: weekday, day, month", "l j F")


def long_date(value, year=False):
    """A date as "mardi 1er décembre", "Tuesday 1 December" or "الثلاثاء 1 ديسمبر"."""
    text = dateformat.format(value, _pattern(value, year))
    language = (translation.get_language() or "").split("-")[0]
    return text.lower() if language in LOWER_CASE_NAMES else text


def date_and_time(date_text, time_text):
    """A date followed by a time, with the language's own separator."""
    return pgettext("a date, then a time", "%(date)s, %(time)s") % {
        "date": date_text,
        "time": time_text,
    }
