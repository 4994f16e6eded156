"""Files of private collections, and images shown only on private pages, are never at a public
address: originals, renditions and documents, for every role."""

import re

from django.urls import resolve

from wagtail.models import PageViewRestriction

import pytest

from portal import media, roles
from tests.pages.home.factories import StandardPageFactory
from tests.portal.conftest import figure, image, restrict

pytestmark = pytest.mark.django_db

#: Who may open the representatives' files.
ALLOWED = {roles.REPRESENTATIVE, roles.DIRECTOR}
ROLES = [None, roles.PARENT, roles.REPRESENTATIVE, roles.TEACHER, roles.TRANSLATOR, roles.DIRECTOR]


@pytest.fixture
def as_role(client, users_by_role, staff_client):
    def sign_in(role):
        if role is None:
            return client
        return staff_client(users_by_role[role])

    return sign_in


def _media(file):
    return f"/media/{file.name}"


@pytest.mark.parametrize("role", ROLES)
def test_private_image_original_and_rendition(as_role, private_image, role):
    rendition = private_image.get_rendition("fill-80x80")
    client = as_role(role)
    for url in (_media(private_image.file), rendition.url):
        response = client.get(url)
        if role in ALLOWED:
            assert response.status_code == 200, url
            assert response["Cache-Control"] == "private, no-store"
        else:
            assert response.status_code == 404, url


@pytest.mark.parametrize("role", ROLES)
def test_private_document(as_role, private_document, role):
    client = as_role(role)
    response = client.get(private_document.url)
    if role in ALLOWED:
        assert response.status_code == 200
        assert b"".join(response.streaming_content) == "Procès-verbal Basilic ortie\n".encode()
        assert response["Cache-Control"] == "private, no-store"
    else:
        assert response.status_code == 302
        assert response["Location"].startswith("/fr/accounts/login/")
    # Never by its stored name, whoever asks.
    assert client.get(_media(private_document.file)).status_code == 404


def test_public_images_and_documents_stay_public(client, public_image, public_document):
    rendition = public_image.get_rendition("width-400")
    for url in (_media(public_image.file), rendition.url):
        response = client.get(url)
        assert response.status_code == 200
        assert response["Cache-Control"].startswith("public, max-age=")
    document = client.get(public_document.url)
    assert document.status_code == 200
    assert "no-store" not in document.get("Cache-Control", "")
    # Documents are only served by the view that checks their collection.
    assert public_document.url.startswith("/documents/")
    assert client.get(_media(public_document.file)).status_code == 404


def test_an_image_shown_only_on_private_pages_is_private(
    client, home, public_collection, representative, privacy
):
    picture = image("Photo de la réunion", public_collection)
    with privacy():
        area = StandardPageFactory(parent=home, body=[figure(picture)])
        restrict(PageViewRestriction, page=area)
    rendition = picture.get_rendition("width-800")
    assert client.get(rendition.url).status_code == 404
    assert client.get(_media(picture.file)).status_code == 404
    client.force_login(representative)
    assert client.get(rendition.url).status_code == 200
    client.logout()
    # Once it also illustrates a public page, everyone may see it.
    StandardPageFactory(parent=home, body=[figure(picture)])
    assert client.get(rendition.url).status_code == 200


def test_the_private_page_shows_its_images_to_those_who_may_read_it(
    client, home, public_collection, representative, privacy
):
    picture = image("Photo de la réunion", public_collection)
    with privacy():
        area = StandardPageFactory(parent=home, body=[figure(picture)])
        restrict(PageViewRestriction, page=area)
    client.force_login(representative)
    html = client.get(area.url).content.decode()
    (src,) = re.findall(r'<img[^>]+src="(/media/[^"]+)"', html)
    assert client.get(src).status_code == 200


def test_new_files_have_names_nobody_can_guess(private_image, private_document):
    original = private_image.file.name
    assert re.fullmatch(r"original_images/[0-9a-f]{12}-cormoran\.png", original), original
    rendition = private_image.get_rendition("fill-800x600|format-webp")
    assert re.match(r"images/[0-9a-f]{12}-cormoran\.", rendition.file.name), rendition.file.name
    assert re.fullmatch(r"documents/[0-9a-f]{12}/basilic\.txt", private_document.file.name)
    # The name people download stays the one they uploaded.
    assert private_document.filename == "basilic.txt"


@pytest.mark.parametrize(
    "path",
    [
        "documents/x.txt",
        "original_images/../../etc/passwd",
        "../secret",
        "other/file.txt",
        "original_images/absent.png",
    ],
)
def test_no_other_file_is_served(client, locales, path):
    assert client.get(f"/media/{path}").status_code == 404


def test_media_is_the_checking_view_in_development_too(settings):
    """`make run` (DEBUG) serves /media/ through the same view, not from the folder."""
    assert resolve("/media/documents/abc/file.txt").func is media.serve


def test_nginx_sends_the_bytes_after_the_check(client, public_image, private_image, settings):
    settings.MEDIA_X_ACCEL_REDIRECT = "/protected-media/"
    response = client.get(_media(public_image.file))
    assert response["X-Accel-Redirect"] == f"/protected-media/{public_image.file.name}"
    assert client.get(_media(private_image.file)).status_code == 404
