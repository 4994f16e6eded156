from django import template

from partners.questionnaire.results import shown
from partners.vocabulary import MODES, language_local_name

register = template.Library()


@register.filter
def spoken_language(code):
    """A language's name as its speakers write it."""
    return language_local_name(code)


@register.filter
def support_mode(code):
    return MODES.label(code)


@register.filter
def small_count(count):
    """A count as people may read it: "fewer than 5" under five."""
    return shown(count)


@register.filter
def get_count(counts, key):
    return counts.get(key, 0)
