from django import template
from django.conf import settings

from wagtail.models import Page

register = template.Library()


@register.simple_tag(takes_context=True)
def translation_state(context, page):
    """For a translated page read in its own language: when it was translated, and whether the
    French page changed since (then the address of the French page). None otherwise."""
    request = context.get("request")
    if not isinstance(page, Page) or page.locale.language_code == settings.LANGUAGE_CODE:
        return None
    from portal.translation.models import OutdatedTranslation

    record = OutdatedTranslation.objects.filter(page_id=page.pk).only("since").first()
    state = {"translated_at": page.last_published_at, "outdated_since": None, "source_url": None}
    if record is not None:
        source = page.get_translation_or_none(page.locale.get_default())
        state["outdated_since"] = record.since
        state["source_url"] = source.get_url(request) if source is not None else None
    return state
