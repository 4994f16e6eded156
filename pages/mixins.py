"""Fields that several page families share, as abstract mixins."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index


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
