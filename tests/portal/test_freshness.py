"""What is kept for visitors between requests is fresh at once after a change, and a page costs
few reads of the shared cache (each one a round trip to Redis in production)."""

from django.core.cache import cache

import pytest

from portal import freshness
from tests.pages.home.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def counted_reads(monkeypatch):
    reads = []
    real_get, real_get_many = cache.get, cache.get_many

    def get(key, *args, **kwargs):
        reads.append(key)
        return real_get(key, *args, **kwargs)

    def get_many(keys, *args, **kwargs):
        reads.extend(keys)
        return real_get_many(keys, *args, **kwargs)

    monkeypatch.setattr(cache, "get", get)
    monkeypatch.setattr(cache, "get_many", get_many)
    return reads


def test_a_page_reads_the_content_generation_once_and_little_else(client, site, counted_reads):
    StandardPageFactory(parent=site.root_page, title="La cantine", slug="cantine")
    for _warm in range(2):  # the first visit also creates the school's settings, a change
        assert client.get("/fr/cantine/").status_code == 200
    counted_reads.clear()
    assert client.get("/fr/cantine/").status_code == 200
    assert counted_reads.count(freshness.GENERATION_KEY) == 1
    # The generation, and Wagtail's own site root paths read once by the page's alternate links.
    assert len(counted_reads) <= 2, counted_reads


def test_what_is_kept_follows_a_change_at_once(client, site):
    page = StandardPageFactory(
        parent=site.root_page, title="La cantine", slug="cantine", show_in_menus=True
    )
    assert "La cantine" in client.get("/fr/").content.decode()  # the menu is kept
    page.title = "Le restaurant scolaire"
    page.save_revision().publish()
    html = client.get("/fr/").content.decode()
    assert "Le restaurant scolaire" in html
    assert "La cantine" not in html


def test_kept_values_are_dropped_when_the_generation_moves_on():
    calls = []

    def read():
        calls.append(1)
        return len(calls)

    assert freshness.remembered("answer", read) == 1
    assert freshness.remembered("answer", read) == 1
    freshness.bump()
    assert freshness.remembered("answer", read) == 2
    assert len(calls) == 2


def test_outside_a_request_the_generation_is_read_each_time():
    """A task worker never keeps a generation: another process may have moved it on."""
    first = freshness.generation()
    cache.set(freshness.GENERATION_KEY, "moved-on-elsewhere", None)
    assert freshness.generation() == "moved-on-elsewhere" != first


def test_the_front_door_library_and_search_show_a_new_resource_at_once(
    client, site, library, make_resource
):
    """What the home page, the library and search keep is built again after a publication."""
    make_resource(title="Écrans en famille", featured=True)
    for url in ("/fr/", library.url, "/fr/search/?q=sommeil"):
        assert client.get(url).status_code == 200
    make_resource(title="Le sommeil des enfants", featured=True)
    assert "Le sommeil des enfants" in client.get("/fr/").content.decode()
    assert "Le sommeil des enfants" in client.get(library.url).content.decode()
    assert "Le sommeil des enfants" in client.get("/fr/search/?q=sommeil").content.decode()


def test_an_address_without_a_page_is_not_kept(client, site):
    """Anyone can make up addresses: only pages that exist are kept, so the next one published
    there is found at once."""
    assert client.get("/fr/bientot/").status_code == 404
    StandardPageFactory(parent=site.root_page, title="Bientôt", slug="bientot")
    assert client.get("/fr/bientot/").status_code == 200


def test_a_deployment_serves_nothing_kept_by_the_code_before_it(client, site):
    """Every deployment runs `migrate`: what the previous code kept, a menu or a whole page of
    another shape, is not read again, even when the migration changes no row."""
    from django.apps import apps
    from django.db.models.signals import post_migrate

    freshness.remembered("navigation:kept-by-the-old-code", lambda: "old shape")
    before = freshness.generation()
    portal = apps.get_app_config("portal")
    post_migrate.send(
        sender=portal, app_config=portal, verbosity=0, interactive=False, using="default", apps=apps
    )
    assert freshness.generation() != before
    assert freshness.remembered("navigation:kept-by-the-old-code", lambda: "new") == "new"
