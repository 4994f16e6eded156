"""`/sitemap.xml` lists every public page in every language, and nothing private."""

from wagtail.models import PageViewRestriction

import pytest
from defusedxml import ElementTree as ET

from tests.pages.home.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def locations(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)
    return {
        url.findtext("s:loc", namespaces=NS): {
            link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)
        }
        for url in root.findall("s:url", NS)
    }


def test_every_language_is_listed_with_alternates(client, parent_space, home, translate_page):
    translate_page(home, "ar", title="مرحبًا")
    translate_page(parent_space, "ar", title="فضاء الأولياء", slug="fada-al-awliya")
    found = locations(client)
    assert "http://testserver/ar/fada-al-awliya/" in found
    assert found["http://testserver/fr/espace-parents/"] == {
        "fr": "http://testserver/fr/espace-parents/",
        "ar": "http://testserver/ar/fada-al-awliya/",
    }


def test_private_and_draft_pages_never_appear(client, home):
    private = StandardPageFactory(parent=home, slug="reserve-aux-elus")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    below_private = StandardPageFactory(parent=private, slug="compte-rendu")
    draft = StandardPageFactory(parent=home, slug="brouillon", live=False)
    public = StandardPageFactory(parent=home, slug="cantine")
    found = locations(client)
    assert f"http://testserver/fr/{public.slug}/" in found
    for hidden in (private, below_private, draft):
        assert not any(hidden.slug in location for location in found)


def test_sitemap_queries_do_not_grow_with_pages(client, home, django_assert_max_num_queries):
    for n in range(10):
        StandardPageFactory(parent=home, slug=f"page-{n}")
    with django_assert_max_num_queries(8):
        client.get("/sitemap.xml")
    for n in range(10, 200):
        StandardPageFactory(parent=home, slug=f"page-{n}")
    with django_assert_max_num_queries(8):
        assert len(locations(client)) == 201
