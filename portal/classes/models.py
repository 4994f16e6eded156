"""The classes of a school: the gazette's class news, subscriptions, the questionnaire's results
and appointments all speak of the same classes."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel


class Level(models.TextChoices):
    """French school levels, from nursery to the last year of primary school."""

    TPS = "TPS", _("TPS (nursery, under 3)")
    PS = "PS", _("PS (nursery, first year)")
    MS = "MS", _("MS (nursery, second year)")
    GS = "GS", _("GS (nursery, last year)")
    CP = "CP", _("CP (primary, first year)")
    CE1 = "CE1", _("CE1 (primary, second year)")
    CE2 = "CE2", _("CE2 (primary, third year)")
    CM1 = "CM1", _("CM1 (primary, fourth year)")
    CM2 = "CM2", _("CM2 (primary, last year)")


class SchoolClassQuerySet(models.QuerySet):
    def of_school(self, site):
        """The classes of the school that `site` serves, in the school's order."""
        return self.filter(site=site)


class SchoolClass(models.Model):
    """A class of one school (one Wagtail site): "CM1 B", with its level and teacher."""

    site = models.ForeignKey(
        "wagtailcore.Site", verbose_name=_("school"), on_delete=models.CASCADE, related_name="+"
    )
    name = models.CharField(
        _("name"), max_length=60, help_text=_("As families know it, for example CM1 B.")
    )
    level = models.CharField(_("level"), max_length=8, choices=Level.choices)
    teacher = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("teacher"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="classes_taught",
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    objects = SchoolClassQuerySet.as_manager()

    panels = [
        FieldPanel("site"),
        FieldPanel("name"),
        FieldPanel("level"),
        FieldPanel("teacher"),
        FieldPanel("sort_order"),
    ]

    class Meta:
        verbose_name = _("class")
        verbose_name_plural = _("classes")
        ordering = ["site", "sort_order", "name"]
        constraints = [
            models.UniqueConstraint(fields=["site", "name"], name="classes_name_once_per_school")
        ]

    def __str__(self):
        return self.name
