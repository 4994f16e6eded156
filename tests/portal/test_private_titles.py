"""Public pages never show the title of, or a link to, a private page: what a visitor reads on
the home page, a resource, the library, search and the sitemap."""

from wagtail.models import PageViewRestriction

import pytest

from tests.portal.conftest import restrict
from tests.resources.factories import FormatFactory, ResourceIndexPageFactory, ResourcePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def library(home):
    return ResourceIndexPageFactory(parent=home)


@pytest.fixture
def article(locales):
    return FormatFactory(slug="article", name="Article")


def _restricted(page, **kwargs):
    restrict(PageViewRestriction, page=page, **kwargs)
    return page


@pytest.mark.parametrize(
    "restriction_type", [PageViewRestriction.LOGIN, PageViewRestriction.GROUPS]
)
def test_the_home_page_does_not_link_a_restricted_parents_space(
    client, home, parent_space, restriction_type
):
    assert parent_space.url in client.get("/fr/").content.decode()
    _restricted(parent_space, restriction_type=restriction_type)
    html = client.get("/fr/").content.decode()
    assert parent_space.url not in html
    assert parent_space.title not in html


def test_a_private_resource_chosen_as_related_is_not_shown(client, library, article):
    private = _restricted(
        ResourcePageFactory(parent=library, title="Fiche du conseil", format=article)
    )
    public = ResourcePageFactory(parent=library, title="Fiche ouverte", format=article)
    public.related_links.create(resource=private)
    public.save_revision().publish()
    html = client.get(public.url).content.decode()
    assert "Fiche du conseil" not in html
    assert private.url not in html


def test_a_private_featured_resource_is_not_in_the_showcases(
    client, home, parent_space, library, article
):
    _restricted(
        ResourcePageFactory(parent=library, title="Fiche du conseil", featured=True, format=article)
    )
    for url in ("/fr/", parent_space.url, library.url):
        assert "Fiche du conseil" not in client.get(url).content.decode(), url


def test_a_private_translation_does_not_hide_the_public_original(
    client, library, article, translate_page
):
    """An Arabic visitor still finds the French resource when its Arabic version is private."""
    original = ResourcePageFactory(parent=library, title="Le sommeil des enfants", format=article)
    translate_page(library, "ar")
    arabic = translate_page(original, "ar", title="نوم الأطفال")
    _restricted(arabic)
    listing = client.get(library.url.replace("/fr/", "/ar/", 1)).content.decode()
    assert "Le sommeil des enfants" in listing
    assert "نوم الأطفال" not in listing
    found = client.get("/ar/search/", {"q": "sommeil"}).content.decode()
    assert "Le sommeil des enfants" in found
