"""Site search (`/<lang>/search/`) over pages and resources: the visitor's language first, then
the French resources not yet translated, each with its matching passage."""

import re

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from wagtail.models import PageViewRestriction

import pytest

from tests.pages.home.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def _results(response):
    """[(title, language of the title, labelled as in another language)] in the order shown."""
    html = response.content.decode()
    items = re.findall(r'<li class="results__item">(.*?)</li>', html, re.S)
    found = []
    for item in items:
        title = re.search(r'<a href="[^"]*" lang="([^"]*)"[^>]*>([^<]*)</a>', item)
        found.append((title.group(2), title.group(1), "tag--language" in item))
    return found


def _arabic(message, **params):
    with translation.override("ar"):
        return translation.gettext(message) % params


def test_an_untranslated_french_resource_is_found_by_an_arabic_visitor_with_a_label(
    client, make_resource, translate_page
):
    screens = make_resource(title="Les écrans avant de dormir", summary="Éteindre les écrans.")
    make_resource(title="Les écrans au collège", summary="Parler des écrans avec son enfant.")
    translate_page(screens, "ar", title="الشاشات قبل النوم", summary="أطفئوا الشاشات. écrans")
    response = client.get("/ar/search/", {"q": "écrans"})
    assert response.status_code == 200
    assert _results(response) == [
        ("الشاشات قبل النوم", "ar", False),
        ("Les écrans au collège", "fr", True),
    ]
    with translation.override("ar"):
        french_name = translation.get_language_info("fr")["name_translated"]
    assert _arabic("in %(language)s", language=french_name) in response.content.decode()


def test_a_result_shows_the_passage_that_matches_with_the_words_marked(client, make_resource):
    make_resource(
        title="Le sommeil des enfants",
        summary="Des repères pour les soirées.",
        video_url="https://example.org/v",
        video_transcript="Une infirmière explique pourquoi la lumière bleue retarde l’endormissement.",
    )
    response = client.get("/fr/search/", {"q": "lumière"})
    body = response.content.decode()
    assert "<mark>lumière</mark> bleue retarde" in body
    assert _results(response) == [("Le sommeil des enfants", "fr", False)]


def test_a_page_passage_comes_from_its_body(client, home):
    StandardPageFactory(
        parent=home,
        title="La cantine",
        body=[
            (
                "paragraph",
                "<p>Les menus de la semaine sont affichés au portail &amp; sur l&#x27;ENT &lt;b&gt;.</p>",
            )
        ],
    )
    body = client.get("/fr/search/", {"q": "menus"}).content.decode()
    assert "<mark>menus</mark> de la semaine" in body
    assert "portail &amp; sur l&#x27;ENT &lt;b&gt;." in body


def test_a_private_french_page_stays_hidden_from_visitors_of_every_language(
    client, home, representative
):
    private = StandardPageFactory(parent=home, title="Compte rendu du conseil cantine")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    for language in ("fr", "ar", "en"):
        assert (
            "Compte rendu"
            not in client.get(f"/{language}/search/", {"q": "cantine"}).content.decode()
        )
    client.force_login(representative)
    assert "Compte rendu" not in client.get("/ar/search/", {"q": "cantine"}).content.decode()


def test_pages_run_on_from_the_visitors_language_into_french(client, make_resource, translate_page):
    first = make_resource(title="Écrans et sommeil 00")
    translate_page(first, "ar", title="الشاشات 00", summary="écrans")
    for n in range(1, 26):
        make_resource(title=f"Écrans et sommeil {n:02d}")
    page_one = _results(client.get("/ar/search/", {"q": "écrans"}))
    page_two = _results(client.get("/ar/search/", {"q": "écrans", "page": "2"}))
    assert len(page_one) == 20 and len(page_two) == 6
    assert page_one[0] == ("الشاشات 00", "ar", False)
    titles = [title for title, _, _ in page_one + page_two]
    assert "Écrans et sommeil 00" not in titles
    assert len(set(titles)) == 26


def test_searching_never_writes(client, make_resource):
    make_resource(title="Les écrans avant de dormir")
    client.get("/ar/search/", {"q": "écrans"})
    with CaptureQueriesContext(connection) as captured:
        client.get("/ar/search/", {"q": "écrans"})
        client.get("/fr/search/", {"q": "écrans", "page": "2"})
    assert not [
        q["sql"]
        for q in captured.captured_queries
        if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))
    ]


@pytest.mark.parametrize("count", [10, 200])
def test_search_queries_do_not_grow(
    client, home, make_resource, count, django_assert_max_num_queries
):
    for n in range(count):
        make_resource(title=f"Écrans et sommeil {n}")
        if n % 10 == 0:
            StandardPageFactory(parent=home, title=f"Écrans à l’école {n}")
    client.get("/ar/search/", {"q": "écrans"})
    with django_assert_max_num_queries(24):
        response = client.get("/ar/search/", {"q": "écrans"})
    assert len(_results(response)) == min(20, count + (count + 9) // 10)


@pytest.mark.postgres
def test_an_arabic_visitor_finds_french_pages_with_french_stemming(client, make_resource):
    make_resource(title="Les écrans avant de dormir")
    assert _results(client.get("/ar/search/", {"q": "écran"})) == [
        ("Les écrans avant de dormir", "fr", True)
    ]
