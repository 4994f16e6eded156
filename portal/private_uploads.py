"""Files added to a private page: a document or image just uploaded for it goes into the private
collection of the same people, and the editor is warned about public files the page links.

A private collection "of the same people" has the same kind of view restriction as the page: the
same groups, or signed-in visitors. Without one, files stay where they are and the editor is told.
"""

import datetime

from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.text import get_text_list
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import BaseViewRestriction, CollectionViewRestriction, Page, ReferenceIndex

#: A file uploaded this long before the page is saved counts as uploaded for it.
FRESH = datetime.timedelta(hours=6)


def _file_models():
    return (get_document_model(), get_image_model())


def files_on(page):
    """The documents and images `page` shows or links, as it was just saved (draft or not)."""
    file_models = _file_models()
    wanted = {model: set() for model in file_models}

    def collect(obj):
        for field in obj._meta.concrete_fields:
            if isinstance(field, models.ForeignKey) and field.related_model in wanted:
                if (pk := getattr(obj, field.attname)) is not None:
                    wanted[field.related_model].add(pk)
            elif hasattr(field, "extract_references"):
                for model, pk, _path, _content in field.extract_references(
                    field.value_from_object(obj)
                ):
                    if model in wanted:
                        wanted[model].add(int(pk))

    collect(page)
    for relation in getattr(page, "child_relations", ()):  # inline panels (clusterable models)
        for child in getattr(page, relation.get_accessor_name()).all():
            collect(child)
    found = []
    for model, pks in wanted.items():
        found += model.objects.filter(pk__in=pks).select_related("collection")
    return found


def private_collection_for(restriction):
    """The private collection for the readers of a page restriction, or None."""
    candidates = CollectionViewRestriction.objects.filter(
        restriction_type=restriction.restriction_type
    ).select_related("collection")
    if restriction.restriction_type == BaseViewRestriction.GROUPS:
        groups = set(restriction.groups.values_list("pk", flat=True))
        candidates = [c for c in candidates if set(c.groups.values_list("pk", flat=True)) == groups]
    elif restriction.restriction_type != BaseViewRestriction.LOGIN:
        return None  # a password is the page's own
    return next((c.collection for c in candidates), None)


def _used_elsewhere(file, page):
    return (
        ReferenceIndex.get_references_to(file)
        .exclude(base_content_type=ContentType.objects.get_for_model(Page), object_id=str(page.pk))
        .exists()
    )


def _fresh_upload(file, user):
    created = getattr(file, "created_at", None)
    return (
        file.uploaded_by_user_id == user.pk
        and created is not None
        and created >= timezone.now() - FRESH
    )


def keep_private(request, page):
    """After a page is saved in the admin: move its fresh uploads into the private collection
    and warn about the public files it links. Nothing happens for a public page."""
    restrictions = sorted(page.get_view_restrictions(), key=lambda r: r.page.depth)
    if not restrictions:
        return
    target = private_collection_for(restrictions[-1])
    public_files = [f for f in files_on(page) if not f.collection.get_view_restrictions().exists()]
    moved, left = [], []
    for file in public_files:
        if target and _fresh_upload(file, request.user) and not _used_elsewhere(file, page):
            file.collection = target
            file.save(update_fields=["collection"])
            moved.append(file)
        else:
            left.append(file)
    if moved:
        messages.success(
            request,
            ngettext(
                "%(titles)s, added to this private page, is now in the private collection “%(collection)s”.",
                "%(titles)s, added to this private page, are now in the private collection “%(collection)s”.",
                len(moved),
            )
            % {"titles": _titles(moved), "collection": target.name},
        )
    if left:
        messages.warning(
            request,
            ngettext(
                "This page is private, but anyone can open %(titles)s: it is in a public collection. Move it to a private collection if it is meant for the same people.",
                "This page is private, but anyone can open %(titles)s: they are in a public collection. Move them to a private collection if they are meant for the same people.",
                len(left),
            )
            % {"titles": _titles(left)},
        )


def _titles(files):
    return get_text_list([f"“{file.title}”" for file in files], _("and"))
