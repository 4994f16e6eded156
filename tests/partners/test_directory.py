"""The public directory: filters that work without JavaScript, "open now" in plain words, and
the team's contact person kept out of every public place."""

import datetime

import pytest

from partners import hours
from partners.models import Partner
from tests.conftest import translate
from tests.i18n import french
from tests.partners.factories import PartnerFactory

pytestmark = pytest.mark.django_db


def _names(response):
    import re

    return re.findall(
        r'class="partner-card__title"><a href="[^"]+"><bdi>([^<]+)</bdi>', response.content.decode()
    )


@pytest.fixture
def places(directory):
    return {
        "mermoz": PartnerFactory(
            name="Espace Mermoz",
            services=["outils", "acces"],
            languages=["fr", "tr"],
            opening_hours="Tu-Fr 10:00-18:00; Sa 10:00-13:00",
        ),
        "relais": PartnerFactory(
            name="Relais Parents",
            kind="parentalite",
            services=["parentalite"],
            languages=["fr", "ar"],
            opening_hours="Mo,Th 17:00-20:00",
        ),
        "ordi": PartnerFactory(
            name="Ordi Partage",
            services=["materiel"],
            fees=["payant"],
            opening_hours="Mo-Fr 09:00-17:00",
        ),
    }


def test_directory_lists_every_partner_of_the_school(client, places):
    response = client.get("/fr/partenaires/")
    assert response.status_code == 200
    assert _names(response) == ["Espace Mermoz", "Ordi Partage", "Relais Parents"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("service=acces", ["Espace Mermoz"]),
        ("service=acces&service=materiel", ["Espace Mermoz", "Ordi Partage"]),
        ("kind=parentalite", ["Relais Parents"]),
        ("lang=tr", ["Espace Mermoz"]),
        ("free=1", ["Espace Mermoz", "Relais Parents"]),
        ("evening=1", ["Relais Parents"]),
        ("weekend=1", ["Espace Mermoz"]),
        ("evening=1&weekend=1", ["Espace Mermoz", "Relais Parents"]),
        ("free=1&lang=ar", ["Relais Parents"]),
    ],
)
def test_filters(client, places, query, expected):
    """Filters are plain GET parameters: several values of one filter mean any of them."""
    assert _names(client.get(f"/fr/partenaires/?{query}")) == expected


@pytest.mark.parametrize(
    "query",
    [
        "service=<script>alert(1)</script>",
        "kind=' OR 1=1 --",
        "lang=%00%01",
        "free=yes",
        "service=" + "x" * 100_000,
        "&".join(["lang=tr"] * 500),
        "evening=1&evening=2",
    ],
)
def test_hostile_filters_give_a_page_with_a_notice(client, places, query):
    response = client.get(f"/fr/partenaires/?{query}")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    if "lang=tr&" not in query:
        assert french("Some filters in this address are unknown and were ignored.") in html


def test_each_partner_has_a_page_saying_if_it_is_open_now(client, places, monkeypatch):
    """A Tuesday at 11:00 in Paris: open until 18:00; the same at 19:00: opens on Wednesday."""
    tuesday = datetime.datetime(2026, 12, 1, 11, 0)
    monkeypatch.setattr(hours, "local_now", lambda zone: tuesday)
    html = client.get("/fr/partenaires/espace-mermoz/").content.decode()
    assert french("Open now, until %(time)s.", time="18:00") in html
    monkeypatch.setattr(hours, "local_now", lambda zone: tuesday.replace(hour=19))
    html = client.get("/fr/partenaires/espace-mermoz/").content.decode()
    assert french("Closed now. Opens tomorrow at %(time)s.", time="10:00") in html


def test_open_now_uses_the_school_time_zone(client, places, site):
    """A school in Cayenne sees the place as open or closed in Cayenne's time."""
    from portal.models import SchoolSettings

    settings_ = SchoolSettings.for_site(site)
    settings_.time_zone = "America/Cayenne"
    settings_.save()
    zone_now = hours.local_now(settings_.zone)
    parsed = hours.parse("Mo-Su 00:00-24:00")
    assert hours.status(parsed, zone_now).open


def test_unreadable_hours_are_shown_as_typed(client, directory):
    PartnerFactory(name="Mairie annexe", opening_hours="lundi au vendredi 9h-17h")
    partner = Partner.objects.get(name="Mairie annexe")
    assert not partner.hours_readable
    html = client.get("/fr/partenaires/mairie-annexe/").content.decode()
    assert "lundi au vendredi 9h-17h" in html
    assert french("Call before you go.") in html


def test_evening_and_weekend_are_computed_from_the_hours(directory):
    late = PartnerFactory(opening_hours="Mo 17:00-19:30")
    saturday = PartnerFactory(opening_hours="Sa 09:00-12:00")
    office = PartnerFactory(opening_hours="Mo-Fr 09:00-17:00")
    assert (late.open_evenings, late.open_weekends) == (True, False)
    assert (saturday.open_evenings, saturday.open_weekends) == (False, True)
    assert (office.open_evenings, office.open_weekends) == (False, False)


def test_unknown_partner_is_a_404(client, directory):
    assert client.get("/fr/partenaires/nobody/").status_code == 404


def test_partners_of_another_school_are_not_listed(client, places, home):
    from wagtail.models import Site

    other = Site.objects.create(hostname="other.example", root_page=home, site_name="Other")
    PartnerFactory(name="Ailleurs", site=other)
    assert "Ailleurs" not in _names(client.get("/fr/partenaires/"))


def test_arabic_visitors_read_the_translation_else_french(client, places, directory):
    translate(directory, "ar", title="من يمكنه المساعدة", slug="man")
    arabic = places["mermoz"].copy_for_translation(
        __import__("wagtail.models", fromlist=["Locale"]).Locale.objects.get(language_code="ar")
    )
    arabic.summary = "مساعدة في البريد الإلكتروني."
    arabic.save()
    html = client.get("/ar/man/").content.decode()
    assert "مساعدة في البريد الإلكتروني." in html
    assert "Relais Parents" in html  # not translated: shown in French
    assert html.count('class="partner-card"') == 3


@pytest.mark.parametrize("count", [10, 200])
def test_directory_queries_do_not_grow_with_partners(
    client, directory, count, django_assert_max_num_queries
):
    for number in range(count):
        PartnerFactory(name=f"Lieu {number:03}", opening_hours="Mo-Fr 09:00-18:30")
    client.get("/fr/partenaires/")
    with django_assert_max_num_queries(20):
        response = client.get("/fr/partenaires/?free=1&evening=1")
    assert response.status_code == 200
    assert len(_names(response)) == count


def test_the_contact_person_never_reaches_the_public(client, directory, home):
    """The team's contact is staff-only: not on pages, in the export, in search or the sitemap."""
    PartnerFactory(
        name="Centre social",
        staff_contact_name="Yvette Confidentielle",
        staff_contact_phone="0611223344",
        staff_contact_email="yvette@example.org",
        staff_notes="Appeler le mardi",
    )
    secret = ("Yvette Confidentielle", "0611223344", "yvette@example.org", "Appeler le mardi")
    for url in (
        "/fr/partenaires/",
        "/fr/partenaires/centre-social/",
        "/data/partners.csv",
        "/fr/search/?q=Yvette",
        "/fr/search/?q=Confidentielle",
        "/sitemap.xml",
    ):
        body = client.get(url).content.decode()
        for text in secret:
            assert text not in body, (url, text)
    from wagtail.search.backends import get_search_backend

    assert not list(get_search_backend().search("Confidentielle", Partner))


@pytest.mark.parametrize("hook", ["after_create_snippet", "after_edit_snippet"])
def test_the_editor_is_warned_when_opening_hours_cannot_be_read(rf, director, hook):
    """Saving a partner whose hours the site cannot read tells the editor how to write them."""
    from django.contrib.messages import get_messages
    from django.contrib.messages.storage.fallback import FallbackStorage
    from django.utils import translation

    from wagtail import hooks

    def saved(opening_hours):
        request = rf.post("/admin/snippets/partners/partner/")
        request.user, request.session = director, {}
        request._messages = FallbackStorage(request)
        partner = PartnerFactory(name="Maison des familles", opening_hours=opening_hours)
        for run in hooks.get_hooks(hook):
            run(request, partner)
        return [str(m) for m in get_messages(request)]

    assert saved("Mo-Fr 09:00-12:00") == []
    with translation.override("fr"):
        (warning,) = saved("le matin sauf mercredi")
    assert "Maison des familles" in warning
    assert "Mo-Fr 09:00-12:00,14:00-18:00" in warning
    assert warning.startswith("Les horaires")
