"""Private things of every kind, for the tests of who may see what: a private area of pages, a
private collection with a document and an image, and public ones beside them.

Privacy is set up as the admin does it (a view restriction, then its groups), and the changes
it triggers after the commit (the roles' new reach) are run.
"""

from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.files.base import ContentFile

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

import pytest

from portal import roles
from tests.pages.home.factories import StandardPageFactory

#: Who a restriction "to the representatives" lets in.
PRIVATE_GROUPS = (roles.REPRESENTATIVE, roles.DIRECTOR)


def restrict(model, restriction_type=CollectionViewRestriction.GROUPS, groups=PRIVATE_GROUPS, **on):
    """A view restriction as the admin's privacy dialog saves it: the row, then its groups."""
    restriction = model.objects.create(restriction_type=restriction_type, **on)
    if restriction_type == model.GROUPS:
        restriction.groups.set(Group.objects.filter(name__in=groups))
    return restriction


def image(title, collection=None, filename="photo.png"):
    found = get_image_model().objects.create(
        title=title,
        file=get_test_image_file(filename=filename),
        collection=collection or Collection.get_first_root_node(),
    )
    return found


def document(title, collection=None, filename="fichier.txt"):
    found = get_document_model()(
        title=title, collection=collection or Collection.get_first_root_node()
    )
    found.file.save(filename, ContentFile(f"{title}\n".encode()), save=True)
    return found


def figure(picture):
    return {
        "type": "image",
        "value": {
            "image": {"image": picture.pk, "alt_text": "Une photo", "decorative": False},
            "caption": "",
        },
    }


def document_link(file):
    return {"type": "document", "value": {"document": file.pk, "title": ""}}


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Wagtail keeps renditions in the cache by image id: ids come back in every test."""
    cache.clear()


@pytest.fixture
def privacy(django_capture_on_commit_callbacks):
    """Run what a privacy change sets off once committed: `with privacy(): ...`."""

    def run():
        return django_capture_on_commit_callbacks(execute=True)

    return run


@pytest.fixture
def public_collection(locales, privacy):
    with privacy():
        return Collection.get_first_root_node().add_child(name="Documents publics")


@pytest.fixture
def private_collection(locales, privacy):
    with privacy():
        collection = Collection.get_first_root_node().add_child(name="Espace des élus")
        restrict(CollectionViewRestriction, collection=collection)
    return collection


@pytest.fixture
def private_document(private_collection):
    return document("Procès-verbal Basilic ortie", private_collection, "basilic.txt")


@pytest.fixture
def private_image(private_collection):
    return image("Photo Cormoran ortie", private_collection, "cormoran.png")


@pytest.fixture
def public_image(public_collection):
    return image("Photo de la kermesse", public_collection, "kermesse.png")


@pytest.fixture
def public_document(public_collection):
    return document("Menu de la cantine", public_collection, "menu.txt")


@pytest.fixture
def private_area(home, privacy):
    """A part of the site for the representatives only, shown in menus, with a page below it
    and a draft in progress."""
    with privacy():
        area = StandardPageFactory(
            parent=home, title="Conseil Zebulon ortie", slug="espace-elus", show_in_menus=True
        )
        restrict(PageViewRestriction, page=area)
    below = StandardPageFactory(parent=area, title="Compte rendu Zebulon", slug="compte-rendu")
    area.title = "Conseil Zebulon ortie, brouillon"
    area.save_revision()
    return area, below


@pytest.fixture
def staff_client(client):
    """A client signed in as a member of staff (the factories set up their second factor)."""

    def sign_in(user):
        client.force_login(user)
        return client

    return sign_in
