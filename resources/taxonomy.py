"""The library's vocabulary: themes, school levels, formats and audiences.

Each term is a translatable snippet; its translations are reviewed before they are live
(`ReviewedTranslationMixin`). Its slug is shared by every translation, so that a filtered
address (`?theme=ecrans`) means the same thing in every language.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from portal.i18n import active_locale
from portal.translatable import ReviewedTranslationMixin


class Term(ReviewedTranslationMixin, TranslatableMixin, models.Model):
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(
        _("slug"),
        max_length=60,
        help_text=_("Used in addresses; the same in every language. Do not change it once used."),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]
    # Listed, so that the publishing dates of the review are not copied from the French term.
    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("slug"),
        SynchronizedField("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name

    @classmethod
    def labels(cls, language_code=None):
        """{slug: name} in a language (default: active), falling back to the source name. Only
        live terms: a translation still in review is not shown yet."""
        language_code = language_code or active_locale().language_code
        labels = {}
        terms = cls.objects.filter(
            live=True, locale__language_code__in={language_code, settings.LANGUAGE_CODE}
        ).values_list("slug", "name", "locale__language_code")
        for slug, name, code in terms.order_by("sort_order", "name"):
            if code == language_code or slug not in labels:
                labels[slug] = name
        return labels


class Theme(Term):
    class Meta(Term.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class SchoolLevel(Term):
    class Meta(Term.Meta):
        verbose_name = _("school level")
        verbose_name_plural = _("school levels")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class Format(Term):
    class Meta(Term.Meta):
        verbose_name = _("format")
        verbose_name_plural = _("formats")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class Audience(Term):
    class Meta(Term.Meta):
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]
