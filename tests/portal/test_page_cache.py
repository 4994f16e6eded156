"""Whole pages for visitors without a session come from the cache, are fresh at once after any
change a visitor could see, and nothing personal is ever stored or served from there."""

from django.core.cache import cache
from django.test import Client

import pytest

from pages.events.models import RSVP
from portal.models import SchoolSettings
from portal.notify.links import make
from portal.school_calendar.models import SchoolCalendarSettings
from tests.pages.events.factories import EventPageFactory, RSVPFactory
from tests.pages.events.test_agenda import _at
from tests.partners.factories import PartnerFactory, PartnerIndexPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache(settings, site):
    settings.PAGE_CACHE_SECONDS = 300
    # A school's settings are created at their first reading, which is itself a change.
    SchoolSettings.for_site(site)
    SchoolCalendarSettings.for_site(site)
    cache.clear()
    yield
    cache.clear()


def _twice(client, url):
    """The page as a second visitor gets it (after a first one filled the cache)."""
    client.get(url)
    response = Client().get(url)
    assert response.status_code == 200
    return response


def test_a_page_is_built_once_then_served_with_validators(client, library, make_resource):
    make_resource(title="Écrans en famille")
    first = client.get(library.url)
    second = Client().get(library.url)
    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit")
    assert second.content == first.content
    assert "Écrans en famille" in second.content.decode()
    assert second["ETag"] and second["Last-Modified"]
    assert not second.cookies

    again = Client().get(library.url, headers={"If-None-Match": second["ETag"]})
    assert again.status_code == 304 and again.content == b""
    since = Client().get(library.url, headers={"If-Modified-Since": second["Last-Modified"]})
    assert since.status_code == 304
    head = Client().head(library.url)
    assert head.status_code == 200 and head["X-Page-Cache"] == "hit"

    # The query string is part of the key: a filtered library is another page.
    filtered = Client().get(library.url + "?theme=devoirs")
    assert filtered["X-Page-Cache"] == "miss"
    assert "Écrans en famille" not in filtered.content.decode()


def test_signed_in_visitors_and_sessions_never_touch_the_cache(client, library, parent):
    anonymous = _twice(client, library.url)
    assert anonymous["X-Page-Cache"] == "hit"

    signed_in = Client()
    signed_in.force_login(parent, backend="allauth.account.auth_backends.AuthenticationBackend")
    mine = signed_in.get(library.url)
    assert "X-Page-Cache" not in mine
    assert "My account" in mine.content.decode() or "Mon compte" in mine.content.decode()
    # What the signed-in parent was shown is not what the next anonymous visitor gets.
    after = Client().get(library.url)
    assert after["X-Page-Cache"] == "hit"
    assert "Mon compte" not in after.content.decode()


def test_pages_with_a_form_are_built_for_each_visitor_and_their_form_works(agenda):
    event = EventPageFactory(
        parent=agenda, title="Réunion", rsvp_enabled=True, capacity=10, start=_at(5)
    )
    for n in range(2):
        visitor = Client(enforce_csrf_checks=True)
        page = visitor.get(event.url)
        assert page.status_code == 200
        assert "X-Page-Cache" not in page  # it set this visitor's CSRF cookie
        assert "csrftoken" in page.cookies
        token = page.content.decode().split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]
        answer = visitor.post(
            event.url,
            {
                "csrfmiddlewaretoken": token,
                "name": "Samira Benali",
                "email": f"parent{n}@example.org",
                "people": "1",
            },
        )
        assert answer.status_code == 302  # the form was accepted, not refused for its token
    assert RSVP.objects.count() == 2


def test_places_left_are_fresh_after_a_cancellation(client, agenda):
    event = EventPageFactory(
        parent=agenda, title="Atelier", rsvp_enabled=True, capacity=2, start=_at(5)
    )
    rsvp = RSVPFactory(event=event, people=2)
    full = _twice(client, event.url)
    assert full["X-Page-Cache"] == "hit"  # no form on a full event: the page is shared
    assert "csrfmiddlewaretoken" not in full.content.decode()

    link = f"/fr/events/answer/{make('rsvp', rsvp)}/cancel/"
    assert Client().post(link).status_code == 200
    fresh = Client().get(event.url)
    assert "2 places restantes" in fresh.content.decode()
    assert "X-Page-Cache" not in fresh  # the form is back, with this visitor's token


def _publish_new(library, make_resource):
    make_resource(title="Nouvelle fiche")
    return "Nouvelle fiche", True


def _unpublish(library, make_resource):
    make_resource(title="Ancienne fiche").unpublish()
    return "Ancienne fiche", False


def _delete(library, make_resource):
    from resources.models import ResourcePage

    ResourcePage.objects.get(title="Fiche en place").delete()
    return "Fiche en place", False


def _rename_theme(library, make_resource):
    from resources.models import Theme

    theme = Theme.objects.get(slug="ecrans", locale__language_code="fr")
    theme.name = "Les écrans à la maison"
    theme.save()
    return "Les écrans à la maison", True


def _school_name(library, make_resource):
    settings = SchoolSettings.objects.get()
    settings.school_name = "École Jean Macé"
    settings.save()
    return "École Jean Macé", True


CHANGES = [_publish_new, _unpublish, _delete, _rename_theme, _school_name]


@pytest.mark.parametrize("change", CHANGES, ids=lambda f: f.__name__.strip("_"))
def test_every_kind_of_change_is_seen_at_once(client, site, library, make_resource, change):
    make_resource(title="Fiche en place")
    SchoolSettings.objects.get_or_create(site=site)
    before = _twice(client, library.url)
    assert before["X-Page-Cache"] == "hit"
    text, shown = change(library, make_resource)
    after = Client().get(library.url).content.decode()
    assert (text in after) is shown


def test_a_moved_page_leaves_its_old_address_at_once(client, library, parent_space, make_resource):
    page = make_resource(title="Fiche déplacée")
    old = page.url
    assert _twice(client, old)["X-Page-Cache"] == "hit"
    page.move(parent_space, pos="last-child")
    page.refresh_from_db()
    moved = Client().get(old)
    assert moved.status_code == 301 and moved["Location"] == page.url


def test_a_partner_edited_is_seen_at_once_in_the_directory(client, home):
    directory = PartnerIndexPageFactory(parent=home)
    partner = PartnerFactory(name="Espace Mermoz")
    assert _twice(client, directory.url)["X-Page-Cache"] == "hit"
    partner.name = "Espace Mermoz-Pinel"
    partner.save()
    assert "Espace Mermoz-Pinel" in Client().get(directory.url).content.decode()


def test_a_page_read_again_costs_no_second_read_of_the_shared_cache(
    client, library, make_resource, monkeypatch
):
    from portal import page_cache

    make_resource(title="Écrans en famille")
    client.get(library.url)
    reads = []
    real_get = cache.get
    monkeypatch.setattr(
        cache, "get", lambda key, *a, **k: reads.append(key) or real_get(key, *a, **k)
    )
    for _visitor in range(3):
        assert Client().get(library.url)["X-Page-Cache"] == "hit"
    assert not [key for key in reads if key.startswith("page:")]

    # Kept in the process no longer than the shared cache would keep it: once that time is
    # past, the page is built again.
    kept = page_cache._local["pages"]
    for key, (_expires, stored) in list(kept.items()):
        kept[key] = (0, stored)
        cache.delete(key)
    assert Client().get(library.url)["X-Page-Cache"] == "miss"
