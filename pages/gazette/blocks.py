"""The gazette's own sections, beside the shared blocks: news, class news, the agenda's next events
and resources from the library. Each is one StructBlock deep, for wagtail-localize."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from pages.blocks import RICH_TEXT_FEATURES, body_blocks


def class_choices():
    from portal.classes.models import SchoolClass

    return [(str(pk), name) for pk, name in SchoolClass.objects.values_list("pk", "name")]


ASK_TO_CONFIRM_HELP = _(
    "For a school trip or a change of timetable: families confirm with one click, no account needed."
)


class NewsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    text = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES)
    ask_to_confirm = blocks.BooleanBlock(
        label=_("Ask families to confirm they have read this"),
        required=False,
        help_text=ASK_TO_CONFIRM_HELP,
    )

    class Meta:
        icon = "doc-full"
        label = _("News")
        template = "gazette/blocks/news.html"
        group = _("Gazette")


class ClassNewsBlock(NewsBlock):
    classes = blocks.MultipleChoiceBlock(
        label=_("For the families of these classes"), choices=class_choices
    )

    class Meta:
        icon = "group"
        label = _("Class news")
        template = "gazette/blocks/news.html"
        group = _("Gazette")


class UpcomingEventsBlock(blocks.StructBlock):
    """Read from the agenda when the issue is shown or sent, so that it is never out of date."""

    title = blocks.CharBlock(label=_("Title"), max_length=200)
    how_many = blocks.IntegerBlock(label=_("How many events"), min_value=1, max_value=10, default=4)

    class Meta:
        icon = "date"
        label = _("Next events from the agenda")
        template = "gazette/blocks/events.html"
        group = _("Gazette")


class FeaturedResourceBlock(blocks.StructBlock):
    resource = blocks.PageChooserBlock(label=_("Resource"), page_type="resources.ResourcePage")
    note = blocks.TextBlock(label=_("Why we recommend it"), required=False)

    class Meta:
        icon = "doc-empty"
        label = _("Resource from the library")
        template = "gazette/blocks/resource.html"
        group = _("Gazette")


def section_blocks():
    return [
        ("news", NewsBlock()),
        ("class_news", ClassNewsBlock()),
        ("events", UpcomingEventsBlock()),
        ("resource", FeaturedResourceBlock()),
        *body_blocks(),
    ]
