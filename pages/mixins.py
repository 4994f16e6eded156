"""Fields and behaviour that several page families share, as mixins."""

from django.conf import settings
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.search import index

from portal.notify import printing


class PlainWordsMixin(models.Model):
    """An 'in plain words' summary and an audio version, for parents who read little."""

    plain_words = models.TextField(
        _("in plain words"),
        blank=True,
        help_text=_("Two or three short sentences that say the essential in everyday words."),
    )
    audio_version = models.ForeignKey(
        settings.WAGTAILDOCS_DOCUMENT_MODEL,
        verbose_name=_("audio version"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A recording of this page read aloud (MP3, OGG or M4A)."),
    )

    plain_words_panels = [
        MultiFieldPanel(
            [FieldPanel("plain_words"), FieldPanel("audio_version")],
            heading=_("For every reader"),
        )
    ]
    plain_words_search_fields = [index.SearchField("plain_words")]

    class Meta:
        abstract = True


class PrintableMixin(RoutablePageMixin):
    """A print view at `print/` and an A4 PDF at `pdf/`, with a QR code back to the online page,
    in the page's language and direction. A page type sets `print_template` and may add to the
    context with `get_print_context(request)`; the template receives `page`, `online_url`, `qr`."""

    print_template = None

    def get_print_context(self, request):
        return {}

    def pdf_cache_key(self, request):
        """What this page's PDF depends on; None when it is made for each request (a signed-in
        person may see more than a visitor)."""
        if request.user.is_authenticated:
            return None
        return f"{self.pk}:{self.latest_revision_id}:{get_language()}:{request.get_host()}"

    def print_page(self, request, as_pdf=False):
        url = self.get_full_url(request)
        context = {
            "page": self,
            "self": self,
            "online_url": url,
            # The printed code leads to the page with "Listen" ready for parents who read little.
            "qr": printing.qr_svg(f"{url}?listen=1"),
            **self.get_print_context(request),
        }
        return printing.print_response(
            request,
            self.print_template,
            context,
            as_pdf=as_pdf,
            filename=self.slug,
            cache_key=self.pdf_cache_key(request) if as_pdf else None,
        )

    @path("print/")
    def print_view(self, request):
        return self.print_page(request)

    @path("pdf/")
    def pdf_view(self, request):
        return self.print_page(request, as_pdf=True)
