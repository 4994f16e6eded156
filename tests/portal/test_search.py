"""Site search: finds public pages of the visitor's language, never private ones, survives any input."""

from wagtail.models import PageViewRestriction

import pytest

from tests.pages.home.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(home):
    public = StandardPageFactory(parent=home, title="La cantine scolaire", slug="cantine")
    private = StandardPageFactory(parent=home, title="Compte rendu du conseil cantine", slug="cr")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    return public, private


def test_finds_public_pages_but_never_private_ones(client, pages, representative):
    response = client.get("/fr/search/", {"q": "cantine"})
    html = response.content.decode()
    assert "La cantine scolaire" in html
    assert "Compte rendu du conseil" not in html
    client.force_login(representative)
    assert (
        "Compte rendu du conseil"
        not in client.get("/fr/search/", {"q": "cantine"}).content.decode()
    )


@pytest.mark.parametrize(
    "query",
    [
        "",
        " ",
        "x" * 10_000,
        "<script>alert('x')</script>",
        "'; DROP TABLE wagtailcore_page; --",
        "cantine\x00\x07\x1b[31m",
        "%(name)s {{ request }}",
    ],
)
def test_any_query_gives_a_normal_escaped_page(client, pages, query):
    response = client.get("/fr/search/", {"q": query})
    assert response.status_code == 200
    assert b"<script>alert" not in response.content
    assert b"\x00" not in response.content


def test_long_query_is_shortened_with_a_notice(client, pages):
    response = client.get("/fr/search/", {"q": "cantine " + "x" * 10_000})
    assert response.status_code == 200
    assert "Votre recherche a été raccourcie" in response.content.decode()


@pytest.mark.parametrize("page_number", ["abc", "99999", "-1", "0", ""])
def test_page_parameter_never_breaks(client, pages, page_number):
    response = client.get("/fr/search/", {"q": "cantine", "page": page_number})
    assert response.status_code == 200
