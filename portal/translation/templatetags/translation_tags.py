from django import template
from django.conf import settings
from django.contrib.admin.utils import quote
from django.urls import reverse
from django.utils.html import format_html

from wagtail.admin.ui.side_panels import StatusSidePanel
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


class ReviewStatusPanel(StatusSidePanel):
    """wagtail-localize's status panel of a snippet's editor, told where the snippet's review
    history and changes are (as Wagtail's own snippet editor tells it): without them, a snippet
    in review cannot be shown."""

    @classmethod
    def from_panel(cls, panel, urls):
        shown = cls.__new__(cls)
        shown.__dict__.update(panel.__dict__)
        shown.toggle = cls.SidePanelToggle(panel=shown)
        shown.urls = urls
        return shown

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context.update(self.urls)
        return context


@register.simple_tag
def with_review_status(side_panels, obj):
    """The side panels of a snippet's translation editor, with a `ReviewStatusPanel`."""
    viewset = getattr(obj, "snippet_viewset", None)
    if viewset is None or isinstance(obj, Page) or not hasattr(obj, "current_workflow_state"):
        return side_panels
    urls = {
        "workflow_history_url": reverse(
            viewset.get_url_name("workflow_history"), args=[quote(obj.pk)]
        ),
        "revisions_compare_url_name": viewset.get_url_name("revisions_compare"),
    }
    return [
        ReviewStatusPanel.from_panel(panel, urls) if type(panel) is StatusSidePanel else panel
        for panel in side_panels
    ]
