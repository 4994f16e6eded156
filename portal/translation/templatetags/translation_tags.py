from django import template
from django.conf import settings
from django.utils.html import format_html

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


@register.simple_tag(takes_context=True)
def review_buttons(context, obj):
    """ "Submit translation for review" as a button of the header, which wagtail-localize's
    editor of a translated page or snippet would otherwise leave out."""
    from wagtail.admin.widgets.button import HeaderButton

    from portal.translation.wagtail_hooks import review_buttons as buttons_for

    user = context["request"].user
    # On a phone the header holds the page's title too: the button shows its icon only there
    # (admin.css), and keeps its words as its name.
    return [
        HeaderButton(
            button.label,
            button.url,
            icon_name=button.icon_name,
            classname="translation-review-button",
            attrs={"aria-label": button.label},
        )
        for button in buttons_for(obj, user)
    ]


@register.filter
def bdi(words):
    """`words` isolated from the text around them (a language's name in its own script)."""
    return format_html("<bdi>{}</bdi>", words)
