from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from pages.blocks import ContactCardBlock, FAQBlock, body_blocks
from pages.events.queries import agenda_page
from pages.events.queries import upcoming as upcoming_events
from pages.mixins import PlainWordsMixin
from resources import queries as resource_queries


class HomePage(PlainWordsMixin, Page):
    """The school's front door: who we are, and what happens soon."""

    intro = models.TextField(_("welcome text"), blank=True)
    body = StreamField(body_blocks(), blank=True, verbose_name=_("presentation of the school"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        *PlainWordsMixin.plain_words_panels,
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        *PlainWordsMixin.plain_words_search_fields,
    ]
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["parent_space"] = (
            ParentSpacePage.objects.live().public().filter(locale=self.locale).first()
        )
        context["resources_showcase"] = resource_queries.showcase()
        context["next_events"] = upcoming_events(self.locale, limit=4)
        context["agenda"] = agenda_page(self.locale)
        return context


class StandardPage(PlainWordsMixin, Page):
    """An information page: rules, canteen, timetable, anything the school needs to explain."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(body_blocks(), blank=True, verbose_name=_("body"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        *PlainWordsMixin.plain_words_panels,
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        *PlainWordsMixin.plain_words_search_fields,
    ]

    class Meta:
        verbose_name = _("information page")


class GlossaryEntryBlock(blocks.StructBlock):
    term = blocks.CharBlock(label=_("Word"), max_length=120)
    definition = blocks.TextBlock(label=_("What it means"))

    class Meta:
        icon = "openquote"
        label = _("Glossary entry")
        template = "blocks/glossary_entry.html"
        description = _("A school word and its meaning in everyday language.")


class ParentSpacePage(PlainWordsMixin, Page):
    """The parents' space: how the school works, how to reach the team, school words, who can help."""

    intro = models.TextField(_("introduction"), blank=True)
    how_school_works = StreamField(
        body_blocks(), blank=True, verbose_name=_("how the school works")
    )
    contacts = StreamField(
        [("contact", ContactCardBlock())], blank=True, verbose_name=_("how to reach the team")
    )
    faq = StreamField([("faq", FAQBlock())], blank=True, verbose_name=_("questions parents ask"))
    glossary = StreamField(
        [("entry", GlossaryEntryBlock())], blank=True, verbose_name=_("glossary of school words")
    )
    partners = StreamField(
        [("contact", ContactCardBlock())], blank=True, verbose_name=_("who can help")
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        *PlainWordsMixin.plain_words_panels,
        FieldPanel("how_school_works"),
        FieldPanel("contacts"),
        FieldPanel("faq"),
        FieldPanel("glossary"),
        FieldPanel("partners"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("how_school_works"),
        index.SearchField("faq"),
        index.SearchField("glossary"),
        *PlainWordsMixin.plain_words_search_fields,
    ]
    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("parents’ space")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["resources_showcase"] = resource_queries.showcase()
        return context
