from django import template
from django.conf import settings

register = template.Library()


@register.filter
def marks_on(marks, day):
    """The school calendar's entries on `day`, from a {date: [entries]} mapping (or nothing)."""
    if not marks or not day:
        return []
    return marks.get(day.date() if hasattr(day, "date") and callable(day.date) else day, [])


@register.simple_tag
def source_language():
    """The language the school writes its own notes in: the site's source language."""
    return settings.LANGUAGE_CODE
