import time

from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from pages.blocks import ContactCardBlock, FAQBlock, body_blocks
from pages.events.models import EventIndexPage, EventPage
from pages.mixins import PlainWordsMixin
from portal import freshness
from portal.pages import PortalPageManager
from portal.school_calendar.calendar import calendar_for
from portal.schools import school_of
from resources import queries as resource_queries


def agenda_of(locale, site):
    """The agenda page a visitor of `locale` is sent to: theirs, else the French one."""
    return EventIndexPage.objects.in_language(locale).in_site(site).own_language_first().first()


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

    objects = PortalPageManager()

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        school = school_of(request)
        # What the front door shows changes only when something is published or booked (a new
        # content generation) or as time passes (the next events, the next slot): kept for a
        # minute at most, it is built once for all the visitors of that minute.
        minute = int(time.time() // 60)
        site_id = school.site.pk if school.site else 0
        key = f"home-blocks:{self.pk}:{translation.get_language()}:{site_id}:{minute}"
        context.update(freshness.remembered(key, lambda: self.blocks(school), timeout=60))
        return context

    def blocks(self, school):
        return {
            "parent_space": (
                ParentSpacePage.objects.in_language(self.locale).in_site(school.site).first()
            ),
            "resources_showcase": resource_queries.showcase(),
            "next_events": (
                EventPage.objects.in_language(self.locale)
                .in_site(school.site)
                .upcoming(school.zone, 4)
            ),
            "agenda": agenda_of(self.locale, school.site),
            **gazette_of(self.locale, school),
        }


def gazette_of(locale, school):
    """The latest issue a visitor of `locale` reads, and when the next one comes."""
    from pages.gazette import slots
    from pages.gazette.models import GazettePage

    latest = (
        GazettePage.objects.in_language(locale)
        .in_site(school.site)
        .order_by("-date", "-number", "in_source_language")
        .first()
    )
    return {
        "latest_issue": latest,
        "next_slot": slots.next_slot_of(school),
        "zone": school.zone,
    }


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

    objects = PortalPageManager()

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

    objects = PortalPageManager()

    class Meta:
        verbose_name = _("parents’ space")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["resources_showcase"] = resource_queries.showcase()
        context["school_overview"] = calendar_for(request).overview()
        context["agenda"] = agenda_of(self.locale, school_of(request).site)
        return context
