"""Uploaded files at `/media/`: each one served only to the people who may see it.

Documents are never served here: Wagtail's document view (`/documents/<id>/<name>`) checks the
privacy of their collection. Images, originals and renditions alike, are served here:
- an image in a collection with a view restriction, to those the restriction lets in;
- an image used on pages that are all private, to those who may see one of these pages;
- every other image, to everyone, as a public file;
- and any image to the staff who may choose or edit it in the admin (their thumbnails).
A file that no image or rendition owns, or that a person may not see, is a 404.

In production the reverse proxy passes `/media/` to the site. With `MEDIA_X_ACCEL_REDIRECT` set
(nginx), the site answers with that internal location and nginx sends the bytes.
"""

import mimetypes
import posixpath

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.files.storage import default_storage
from django.http import FileResponse, Http404, HttpResponse
from django.views.decorators.http import require_safe

from wagtail.documents import get_document_model
from wagtail.documents.views import serve as document_views
from wagtail.images import get_image_model
from wagtail.models import Page, ReferenceIndex
from wagtail.permissions import policy_registry

#: How long browsers and proxies may keep a public image.
PUBLIC_MAX_AGE = 60 * 60


def _passes(request, restrictions):
    return all(restriction.accept_request(request) for restriction in restrictions)


def pages_using(image):
    """The pages whose published content shows `image` (Wagtail's reference index)."""
    references = ReferenceIndex.get_references_to(image).filter(
        base_content_type=ContentType.objects.get_for_model(Page)
    )
    return Page.objects.filter(
        pk__in=[int(pk) for pk in references.values_list("object_id", flat=True)]
    )


def image_is_public(image):
    """Whether anyone may see `image`: its collection is open, and it is not shown only on
    private pages."""
    if image.collection.get_view_restrictions().exists():
        return False
    pages = list(pages_using(image))
    return not pages or any(not page.get_view_restrictions().exists() for page in pages)


def may_see_image(request, image):
    """Whether this visitor may see a private image: its collection's restrictions let them in
    and, when it is shown only on private pages, they may see one of them; or they may choose or
    edit it in the admin."""
    policy = policy_registry.get_by_type(get_image_model())
    if policy.user_has_any_permission_for_instance(request.user, ["choose", "change"], image):
        return True
    if not _passes(request, image.collection.get_view_restrictions()):
        return False
    pages = list(pages_using(image))
    return not pages or any(_passes(request, page.get_view_restrictions()) for page in pages)


def _image_owning(name):
    """The image whose original or rendition is stored as `name`, or None."""
    Image = get_image_model()
    if name.startswith("original_images/"):
        return Image.objects.filter(file=name).select_related("collection").first()
    if name.startswith("images/"):
        rendition = (
            Image.get_rendition_model()
            .objects.filter(file=name)
            .select_related("image__collection")
            .first()
        )
        return rendition.image if rendition else None
    return None


def _file_response(name, public):
    content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    if settings.MEDIA_X_ACCEL_REDIRECT:
        response = HttpResponse(content_type=content_type)
        response["X-Accel-Redirect"] = settings.MEDIA_X_ACCEL_REDIRECT.rstrip("/") + "/" + name
    else:
        try:
            response = FileResponse(default_storage.open(name), content_type=content_type)
        except FileNotFoundError:
            raise Http404 from None
    response["Cache-Control"] = (
        f"public, max-age={PUBLIC_MAX_AGE}" if public else "private, no-store"
    )
    return response


def serve_document(request, document_id, document_filename):
    """Wagtail's document view, which checks the privacy of the collection; a private document
    is also kept out of shared caches and off the browser's disk."""
    response = document_views.serve(request, document_id, document_filename)
    document = get_document_model().objects.filter(pk=document_id).select_related("collection")
    document = document.first()
    if document and document.collection.get_view_restrictions().exists():
        response["Cache-Control"] = "private, no-store"
    return response


@require_safe
def serve(request, path):
    name = posixpath.normpath(path).lstrip("/")
    if name != path or name.startswith(".."):
        raise Http404
    image = _image_owning(name)
    if image is None:
        raise Http404
    if image_is_public(image):
        return _file_response(name, public=True)
    if may_see_image(request, image):
        return _file_response(name, public=False)
    raise Http404
