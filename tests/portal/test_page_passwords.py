"""Passwords on pages and document collections cannot be guessed by trying: attempts are limited
per client and per protected area, with a clear message in the visitor's language."""

import re

from django.core.cache import cache
from django.core.files.base import ContentFile
from django.utils import translation

from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

import pytest

from tests.pages.home.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

SECRET = "sortie-du-mardi"


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def protected(home):
    page = StandardPageFactory(parent=home, title="Photos de la sortie", slug="sortie")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password=SECRET
    )
    return page, restriction


def _form_action(client, url, language="fr"):
    html = client.get(url.replace("/fr/", f"/{language}/", 1)).content.decode()
    return re.search(r'<form[^>]+action="([^"]+)"', html).group(1)


def _try(client, action, password, address="192.0.2.1", return_url="/fr/sortie/", **extra):
    return client.post(
        action, {"password": password, "return_url": return_url}, REMOTE_ADDR=address, **extra
    )


def test_the_right_password_opens_the_page(client, protected):
    page, _restriction = protected
    action = _form_action(client, page.url)
    assert _try(client, action, SECRET).status_code == 302
    assert "Photos de la sortie" in client.get(page.url).content.decode()


def test_the_password_form_uses_the_sites_layout_without_the_pages_title(client, protected):
    page, _restriction = protected
    html = client.get(page.url.replace("/fr/", "/ar/", 1)).content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert 'class="site-header"' in html
    assert "Photos de la sortie" not in html


def test_a_client_that_keeps_guessing_is_stopped_even_with_the_right_password(client, protected):
    page, _restriction = protected
    action = _form_action(client, page.url, "ar")
    for _attempt in range(5):
        assert _try(client, action, "mauvais").status_code == 200
    response = _try(client, action, SECRET)
    assert response.status_code == 429
    html = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    with translation.override("ar"):
        message = "Too many wrong passwords. Please wait a few minutes, then try again."
        assert translation.gettext(message) in html
    assert message not in html
    assert "Photos de la sortie" not in client.get(page.url).content.decode()


def test_other_clients_still_get_in(client, protected):
    page, _restriction = protected
    action = _form_action(client, page.url)
    for _attempt in range(6):
        _try(client, action, "mauvais", address="192.0.2.1")
    assert _try(client, action, SECRET, address="198.51.100.7").status_code == 302


def test_many_clients_guessing_one_page_are_stopped_too(client, protected):
    """Guesses spread over many addresses are counted for the page as well."""
    page, _restriction = protected
    action = _form_action(client, page.url)
    for number in range(100):
        _try(client, action, "mauvais", address=f"10.0.{number // 250}.{number % 250}")
    assert _try(client, action, SECRET, address="198.51.100.7").status_code == 429


def test_the_limit_follows_the_client_behind_a_trusted_proxy(client, protected, settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    page, _restriction = protected
    action = _form_action(client, page.url)
    for number in range(6):
        _try(
            client,
            action,
            "mauvais",
            address="10.0.0.1",
            HTTP_X_FORWARDED_FOR=f"9.9.9.{number}, 203.0.113.5",
        )
    assert (
        _try(
            client, action, SECRET, address="10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.5"
        ).status_code
        == 429
    )
    assert (
        _try(
            client, action, SECRET, address="10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.6"
        ).status_code
        == 302
    )


def test_collection_passwords_are_limited_the_same_way(client, locales):
    collection = Collection.get_first_root_node().add_child(name="Sortie")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.PASSWORD, password=SECRET
    )
    document = get_document_model()(title="Liste", collection=collection)
    document.file.save("liste.txt", ContentFile(b"liste"), save=True)
    action = f"/documents/authenticate_with_password/{restriction.pk}/"
    assert client.get(document.url).status_code == 200
    for _attempt in range(5):
        _try(client, action, "mauvais", return_url=document.url)
    assert _try(client, action, SECRET, return_url=document.url).status_code == 429
    assert (
        _try(client, action, SECRET, address="198.51.100.7", return_url=document.url).status_code
        == 302
    )
