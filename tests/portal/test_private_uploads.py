"""A file added to a private page stays with the page's readers: just uploaded for it, it goes to
the private collection of the same people; already public, the editor is warned."""

import datetime

from django.utils import timezone

from wagtail.models import PageViewRestriction
from wagtail.test.utils.form_data import nested_form_data, streamfield

import pytest

from tests.pages.home.factories import StandardPageFactory
from tests.portal.conftest import document, image, restrict

pytestmark = pytest.mark.django_db


def _uploaded_by(file, user, hours_ago=0):
    type(file).objects.filter(pk=file.pk).update(
        uploaded_by_user=user, created_at=timezone.now() - datetime.timedelta(hours=hours_ago)
    )
    file.refresh_from_db()
    return file


def _save_in_admin(client, page, *files):
    """What an editor does: fill the body with the files and save a draft."""
    blocks = []
    for file in files:
        if hasattr(file, "get_rendition"):
            blocks.append(
                (
                    "image",
                    {
                        "image": {"image": file.pk, "alt_text": "Photo", "decorative": ""},
                        "caption": "",
                    },
                )
            )
        else:
            blocks.append(("document", {"document": file.pk, "title": ""}))
    data = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "intro": "",
            "plain_words": "",
            "body": streamfield(blocks),
        }
    )
    return client.post(f"/admin/pages/{page.pk}/edit/", data, follow=True)


def _messages(response):
    """The admin's messages about the page's files (Wagtail adds its own "page updated")."""
    saved = f"{response.context['page'].title}"
    return [str(m) for m in response.context["messages"] if saved not in str(m)]


@pytest.fixture
def private_page(home, privacy):
    with privacy():
        page = StandardPageFactory(parent=home, title="Conseil des élus", slug="conseil")
        restrict(PageViewRestriction, page=page)
    return page


def test_a_document_uploaded_for_a_private_page_joins_the_private_collection(
    staff_client, director, private_page, private_collection, public_collection
):
    fresh = _uploaded_by(document("Ordre du jour", public_collection, "odj.txt"), director)
    picture = _uploaded_by(image("Photo du conseil", public_collection), director)
    response = _save_in_admin(staff_client(director), private_page, fresh, picture)
    fresh.refresh_from_db()
    picture.refresh_from_db()
    assert fresh.collection == private_collection
    assert picture.collection == private_collection
    (message,) = _messages(response)
    assert "Ordre du jour" in message and "Espace des élus" in message


def test_a_public_document_linked_from_a_private_page_is_flagged_not_moved(
    staff_client, director, teacher, home, private_page, private_collection, public_collection
):
    old = _uploaded_by(
        document("Règlement intérieur", public_collection, "reglement.txt"), director, hours_ago=72
    )
    someone_elses = _uploaded_by(document("Menu", public_collection, "menu.txt"), teacher)
    response = _save_in_admin(staff_client(director), private_page, old, someone_elses)
    for file in (old, someone_elses):
        file.refresh_from_db()
        assert file.collection == public_collection
    (warning,) = _messages(response)
    assert "Règlement intérieur" in warning and "Menu" in warning


def test_a_fresh_upload_already_shown_on_a_public_page_stays_public(
    staff_client, director, home, private_page, private_collection, public_collection
):
    shared = _uploaded_by(document("Calendrier", public_collection, "calendrier.txt"), director)
    StandardPageFactory(
        parent=home, body=[{"type": "document", "value": {"document": shared.pk, "title": ""}}]
    )
    _save_in_admin(staff_client(director), private_page, shared)
    shared.refresh_from_db()
    assert shared.collection == public_collection


def test_public_pages_change_nothing(
    staff_client, director, home, public_collection, private_collection
):
    page = StandardPageFactory(parent=home, title="Cantine", slug="cantine")
    fresh = _uploaded_by(document("Menus", public_collection, "menus.txt"), director)
    response = _save_in_admin(staff_client(director), page, fresh)
    fresh.refresh_from_db()
    assert fresh.collection == public_collection
    assert _messages(response) == []


def test_without_a_private_collection_for_the_same_people_the_editor_is_warned(
    staff_client, director, private_page, public_collection
):
    fresh = _uploaded_by(document("Ordre du jour", public_collection, "odj.txt"), director)
    response = _save_in_admin(staff_client(director), private_page, fresh)
    fresh.refresh_from_db()
    assert fresh.collection == public_collection
    (warning,) = _messages(response)
    assert "Ordre du jour" in warning
