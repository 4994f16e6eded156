import os
import secrets

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


def _token():
    """A random part of a stored file's name, so that no file can be found by guessing it."""
    return secrets.token_hex(6)


def document_upload_to(instance, filename):
    # The random part is a folder: the name people download stays the one they uploaded.
    return f"documents/{_token()}/{filename}"


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

    def get_upload_to(self, filename):
        # First in the name, the random part survives in every rendition's name, which Wagtail
        # builds from the start of the original's.
        folder, name = os.path.split(super().get_upload_to(filename))
        stem, extension = os.path.splitext(name)
        token = _token()
        stem = stem[: 94 - len(folder) - len(token) - len(extension) - 2]
        return f"{folder}/{token}-{stem}{extension}"


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class CustomDocument(SourcedMixin, AbstractDocument):
    file = models.FileField(upload_to=document_upload_to, verbose_name=_("file"))

    admin_form_fields = ("title", "file", "collection", "tags", "source", "licence")

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        permissions = [("choose_document", "Can choose document")]

    def __str__(self):
        return self.title
