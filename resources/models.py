from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from modelcluster.fields import ParentalKey, ParentalManyToManyField

from pages.blocks import body_blocks
from pages.mixins import PrintableMixin
from portal import freshness
from portal.pages import PortalPageManager

from .taxonomy import Audience, Format, SchoolLevel, Theme

__all__ = ["Audience", "Format", "ResourceIndexPage", "ResourcePage", "SchoolLevel", "Theme"]


def _source_terms():
    # Pages in every language point at the source-language terms; labels are translated by slug.
    return Q(locale__language_code=settings.LANGUAGE_CODE)


class ResourceIndexPage(RoutablePageMixin, Page):
    """The library: every resource, to browse by theme and level, or to search."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    subpage_types = ["resources.ResourcePage"]
    max_count_per_parent = 1

    objects = PortalPageManager()

    class Meta:
        verbose_name = _("resource library")

    @path("")
    def library(self, request):
        from .views import library

        return library(request, self)

    @path("week/")
    def week_sheet(self, request):
        from .views import week_sheet

        return week_sheet(request, self)


class ResourcePage(PrintableMixin, Page):
    """One short, practical resource for parents, with its print view and PDF."""

    summary = models.TextField(
        _("summary in plain words"),
        help_text=_("Two or three short sentences that say the essential in everyday words."),
    )
    body = StreamField(body_blocks(), blank=True, verbose_name=_("body"))
    format = models.ForeignKey(
        Format,
        verbose_name=_("format"),
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to=_source_terms,
    )
    themes = ParentalManyToManyField(
        Theme, verbose_name=_("themes"), related_name="+", limit_choices_to=_source_terms
    )
    levels = ParentalManyToManyField(
        SchoolLevel,
        verbose_name=_("school levels"),
        related_name="+",
        blank=True,
        limit_choices_to=_source_terms,
    )
    audiences = ParentalManyToManyField(
        Audience,
        verbose_name=_("audience"),
        related_name="+",
        blank=True,
        limit_choices_to=_source_terms,
    )
    reading_minutes = models.PositiveSmallIntegerField(
        _("reading or viewing time (minutes)"), default=3
    )
    easy_to_read = models.BooleanField(
        _("easy to read (FALC)"),
        default=False,
        help_text=_("Written in easy-to-read-and-understand language."),
    )
    easy_read_version = models.TextField(
        _("easy-to-read version"),
        blank=True,
        help_text=_("Short sentences, one idea per sentence, everyday words."),
    )
    video_url = models.URLField(_("video address"), blank=True)
    video_transcript = models.TextField(_("video transcript"), blank=True)
    audio = models.ForeignKey(
        settings.WAGTAILDOCS_DOCUMENT_MODEL,
        verbose_name=_("audio file"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    audio_transcript = models.TextField(_("audio transcript"), blank=True)
    source = models.CharField(_("source"), max_length=200, blank=True)
    licence = models.CharField(_("licence"), max_length=200, blank=True)
    first_published = models.DateField(_("first published"), null=True, blank=True)
    last_reviewed = models.DateField(_("last reviewed"), null=True, blank=True)
    featured = models.BooleanField(
        _("featured"), default=False, help_text=_("Shown on the home page and parents' space.")
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("format"),
                FieldPanel("themes"),
                FieldPanel("levels"),
                FieldPanel("audiences"),
                FieldPanel("reading_minutes"),
                FieldPanel("featured"),
            ],
            heading=_("Classification"),
        ),
        MultiFieldPanel(
            [FieldPanel("easy_to_read"), FieldPanel("easy_read_version")],
            heading=_("Easy to read"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("video_url"),
                FieldPanel("video_transcript"),
                FieldPanel("audio"),
                FieldPanel("audio_transcript"),
            ],
            heading=_("Video and audio"),
        ),
        InlinePanel("documents", label=_("Documents to download")),
        MultiFieldPanel(
            [
                FieldPanel("source"),
                FieldPanel("licence"),
                FieldPanel("first_published"),
                FieldPanel("last_reviewed"),
            ],
            heading=_("Source"),
        ),
        InlinePanel("related_links", label=_("Related resources")),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("easy_read_version"),
        index.SearchField("video_transcript"),
        index.SearchField("audio_transcript"),
        index.RelatedFields(
            "documents", [index.RelatedFields("document", [index.SearchField("title")])]
        ),
        index.FilterField("easy_to_read"),
        index.FilterField("first_published"),
    ]
    parent_page_types = ["resources.ResourceIndexPage"]
    subpage_types = []
    print_template = "resources/print/resource.html"

    objects = PortalPageManager()

    class Meta:
        verbose_name = _("resource")

    def clean(self):
        super().clean()
        errors = {}
        if self.video_url and not self.video_transcript.strip():
            errors["video_transcript"] = _(
                "A video needs its transcript, for those who cannot watch it."
            )
        if self.audio_id and not self.audio_transcript.strip():
            errors["audio_transcript"] = _(
                "A recording needs its transcript, for those who cannot listen."
            )
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        # Left empty, "first published" is the day it went online, so the newest-first order of
        # the library never depends on how each database sorts empty dates.
        if self.live and not self.first_published:
            self.first_published = (self.first_published_at or timezone.now()).date()
        return super().save(*args, **kwargs)

    @path("")
    def online(self, request):
        return self.render(request)

    def get_print_context(self, request):
        from . import queries

        return {"resource": self, "labels": queries.labels()}

    def get_context(self, request, *args, **kwargs):
        from . import queries

        context = super().get_context(request, *args, **kwargs)
        context["related"] = freshness.remembered(
            f"related-resources:{self.pk}", lambda: queries.related(self)
        )
        context["labels"] = queries.labels()
        # The breadcrumb and every theme and level link lead to the library, in the visitor's
        # language when it is published there (a resource not translated yet is read in French,
        # its library need not be): its address once.
        library = self.get_parent().localized
        context["library"] = library
        context["library_url"] = library.get_url(request)
        return context


class ResourceDocument(Orderable):
    page = ParentalKey(ResourcePage, related_name="documents", on_delete=models.CASCADE)
    document = models.ForeignKey(
        settings.WAGTAILDOCS_DOCUMENT_MODEL,
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    label = models.CharField(
        _("link text"),
        max_length=200,
        blank=True,
        help_text=_("Leave empty to use the document title."),
    )

    panels = [FieldPanel("document"), FieldPanel("label")]

    @property
    def link_text(self):
        return self.label or self.document.title


class RelatedResource(Orderable):
    page = ParentalKey(ResourcePage, related_name="related_links", on_delete=models.CASCADE)
    resource = models.ForeignKey(
        ResourcePage, verbose_name=_("resource"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [PageChooserPanel("resource", "resources.ResourcePage")]
