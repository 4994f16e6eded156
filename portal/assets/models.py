from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage, AbstractRendition


class SourcedMixin(models.Model):
    """Where a file comes from and under which licence it may be shared with families."""

    source = models.CharField(_("source"), max_length=255, blank=True)
    licence = models.CharField(_("licence"), max_length=255, blank=True)

    class Meta:
        abstract = True


class CustomImage(SourcedMixin, AbstractImage):
    admin_form_fields = (
        "title",
        "file",
        "collection",
        "tags",
        "source",
        "licence",
        "focal_point_x",
        "focal_point_y",
        "focal_point_width",
        "focal_point_height",
    )

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")
        permissions = [("choose_image", "Can choose image")]

    def __str__(self):
        return self.title


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class CustomDocument(SourcedMixin, AbstractDocument):
    admin_form_fields = ("title", "file", "collection", "tags", "source", "licence")

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        permissions = [("choose_document", "Can choose document")]

    def __str__(self):
        return self.title
