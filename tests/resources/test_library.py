"""The library page: filters, counts, search, and every kind of bad input."""

import re

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

import pytest

from tests.i18n import french

pytestmark = pytest.mark.django_db


def _titles(response):
    return re.findall(r'resource-card__title"><a href="[^"]*">([^<]*)<', response.content.decode())


@pytest.fixture
def shelf(make_resource):
    return {
        "screens_primary": make_resource(title="Les écrans avant de dormir", easy_to_read=True),
        "screens_middle": make_resource(title="Les réseaux sociaux au collège", levels=("middle",)),
        "homework_primary": make_resource(
            title="Aider aux devoirs sans stress", themes=("homework",), fmt="sheet"
        ),
        "both": make_resource(
            title="Écrans et devoirs", themes=("screens", "homework"), levels=("middle",)
        ),
    }


def test_two_facets_combine_with_and(client, library, shelf):
    """Theme 'écrans' and level 'élémentaire' together keep only what has both."""
    response = client.get(library.url, {"theme": "ecrans", "level": "elementaire"})
    assert _titles(response) == ["Les écrans avant de dormir"]


def test_values_of_one_facet_combine_with_or(client, library, shelf):
    response = client.get(library.url + "?theme=ecrans&theme=devoirs&level=college")
    assert sorted(_titles(response)) == ["Les réseaux sociaux au collège", "Écrans et devoirs"]


def test_each_option_shows_how_many_it_would_give(client, library, shelf):
    """Counts for a facet keep the other facets' choices, so a parent sees where results are."""
    response = client.get(library.url, {"level": "elementaire"})
    facets = {
        f["name"]: {o["value"]: o["count"] for o in f["options"]}
        for f in response.context["facets"]
    }
    assert facets["theme"] == {"ecrans": 1, "devoirs": 1}
    assert facets["level"] == {"elementaire": 2, "college": 2}
    assert facets["format"] == {"article": 1, "fiche": 1}
    assert response.context["easy_count"] == 1


def _options(response):
    found = {
        f["name"]: {o["value"]: o["count"] for o in f["options"]}
        for f in response.context["facets"]
    }
    found["easy"] = {"1": response.context["easy_count"]}
    return found


def _total(response):
    return response.context["page_obj"].paginator.count


@pytest.mark.parametrize("language", ["fr", "ar"])
@pytest.mark.parametrize(
    "chosen",
    [{}, {"level": "elementaire"}, {"theme": "devoirs", "format": "article"}, {"q": "écrans"}],
)
def test_every_count_is_what_choosing_that_option_gives(
    client, library, shelf, translate_page, language, chosen
):
    """A parent who picks an option sees exactly as many resources as its count promised."""
    arabic = translate_page(shelf["both"], "ar", title="الشاشات والواجبات")
    url = library.url if language == "fr" else arabic.get_parent().url
    counts = _options(client.get(url, chosen))
    for facet, options in counts.items():
        if facet in chosen:
            continue
        for value, count in options.items():
            assert _total(client.get(url, {**chosen, facet: value})) == count, (facet, value)


def test_results_are_paged_newest_first_and_a_page_past_the_end_shows_the_last(
    client, library, make_resource
):
    import datetime

    for n in range(15):
        make_resource(title=f"Fiche {n:02d}", first_published=datetime.date(2026, 1, 1 + n))
    first = client.get(library.url)
    assert _titles(first) == [f"Fiche {n:02d}" for n in range(14, 2, -1)]
    second = client.get(library.url, {"page": "2"})
    assert _titles(second) == ["Fiche 02", "Fiche 01", "Fiche 00"]
    assert _titles(client.get(library.url, {"page": "7"})) == _titles(second)
    assert _total(second) == 15
    assert second.context["page_obj"].number == 2


def test_easy_to_read_filter(client, library, shelf):
    response = client.get(library.url, {"easy": "1"})
    assert _titles(response) == ["Les écrans avant de dormir"]


def test_one_tap_links_toggle_a_choice(client, library, shelf):
    response = client.get(library.url, {"theme": "ecrans"})
    themes = next(f for f in response.context["facets"] if f["name"] == "theme")
    screens = next(o for o in themes["options"] if o["value"] == "ecrans")
    homework = next(o for o in themes["options"] if o["value"] == "devoirs")
    assert screens["toggle"] == "?"
    assert homework["toggle"] == "?theme=ecrans&theme=devoirs"


def test_unknown_values_are_ignored_with_a_notice(client, library, shelf):
    response = client.get(library.url + "?theme=nope&theme=ecrans&level=<b>x</b>&sort=zzz")
    assert response.status_code == 200
    body = response.content.decode()
    assert french("Some filters in this address are unknown and were ignored.") in body
    assert "<b>x</b>" not in body
    assert len(_titles(response)) == 3


@pytest.mark.parametrize("number", ["abc", "99999", "-1", "", "1" * 10_000, "9" * 100, "2.5"])
def test_any_page_number_gives_a_page(client, library, shelf, number):
    response = client.get(library.url, {"page": number})
    assert response.status_code == 200
    assert len(_titles(response)) == 4


@pytest.mark.parametrize(
    "query",
    [
        "a" * 10_000,
        "' OR 1=1; DROP TABLE wagtailcore_page; --",
        '<script>alert("x")</script>',
        "écrans\x00\x1b[31m\u202e",
        "!!!&&&|||:*()",
        "   ",
    ],
)
def test_hostile_queries_give_a_normal_escaped_page(client, library, shelf, query):
    response = client.get(library.url, {"q": query})
    assert response.status_code == 200
    body = response.content.decode()
    assert "<script>alert" not in body
    assert "\x00" not in body


def test_a_long_query_is_shortened_with_a_notice(client, library, shelf):
    response = client.get(library.url, {"q": "écrans " * 2000})
    with translation.override("fr"):
        notice = translation.gettext("Your search was shortened to its first %(count)d characters.")
    assert notice % {"count": 200} in response.content.decode()


def test_empty_result_suggests_choices_that_give_results(client, library, shelf):
    response = client.get(library.url, {"theme": "devoirs", "level": "college", "format": "fiche"})
    body = response.content.decode()
    assert _titles(response) == []
    assert french("These choices would give results:").rstrip(": \u00a0") in body
    assert f'href="{library.url}?theme=ecrans"' in body


def test_search_finds_words_in_summary_and_transcript(client, library, make_resource):
    make_resource(title="Sommeil", summary="Le coucher à heure fixe aide à apprendre.")
    make_resource(
        title="Vidéo réseaux",
        video_url="https://example.org/v",
        video_transcript="Une mère parle de confidentialité avec son fils.",
    )
    assert _titles(client.get(library.url, {"q": "coucher"})) == ["Sommeil"]
    response = client.get(library.url, {"q": "confidentialité"})
    assert _titles(response) == ["Vidéo réseaux"]
    assert "<mark>" in response.content.decode()


def test_search_never_writes(client, library, shelf):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(library.url)  # the school's settings are created on the first visit
    with CaptureQueriesContext(connection) as captured:
        client.get(library.url, {"q": "écrans"})
        client.get("/fr/search/", {"q": "écrans"})
    writes = [
        q["sql"]
        for q in captured.captured_queries
        if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))
    ]
    assert writes == []


def test_untranslated_resource_is_shown_in_french_to_arabic_visitors(
    client, library, shelf, translate_page
):
    translated = translate_page(shelf["screens_primary"], "ar", title="الشاشات قبل النوم")
    response = client.get(translated.get_parent().url, {"theme": "ecrans"})
    body = response.content.decode()
    assert "الشاشات قبل النوم" in body
    assert "Les écrans avant de dormir" not in body
    assert "Les réseaux sociaux au collège" in body
    assert body.count("tag--language") == 2


def test_language_facet_keeps_resources_available_in_a_language(
    client, library, shelf, translate_page
):
    translate_page(shelf["both"], "en", title="Screens and homework")
    response = client.get(library.url, {"lang": "en"})
    assert _titles(response) == ["Écrans et devoirs"]


def test_site_search_covers_resources(client, shelf):
    response = client.get("/fr/search/", {"q": "réseaux"})
    assert "Les réseaux sociaux au collège" in response.content.decode()


def _seed(make_resource, count):
    for n in range(count):
        make_resource(
            title=f"Écrans et sommeil {n}",
            themes=("screens", "homework") if n % 2 else ("screens",),
            levels=("elementary", "middle"),
        )


@pytest.mark.parametrize("count", [10, 200])
def test_browse_queries_do_not_grow(
    client, library, make_resource, count, django_assert_max_num_queries
):
    _seed(make_resource, count)
    client.get(library.url)  # the school's settings are created on the first visit
    with django_assert_max_num_queries(36):
        response = client.get(
            library.url, {"theme": "ecrans", "level": "elementaire", "format": "article"}
        )
    assert response.status_code == 200


@pytest.mark.parametrize("count", [10, 200])
def test_search_queries_do_not_grow(
    client, library, make_resource, count, django_assert_max_num_queries
):
    _seed(make_resource, count)
    client.get(library.url)
    with django_assert_max_num_queries(38):
        response = client.get(library.url, {"q": "écrans", "theme": "ecrans"})
    assert len(_titles(response)) == min(count, 12)


def test_relevance_pages_run_from_the_visitors_language_into_french(
    client, library, make_resource, translate_page
):
    first = make_resource(title="Écrans et sommeil 00")
    arabic = translate_page(first, "ar", title="الشاشات 00", summary="écrans")
    for n in range(1, 15):
        make_resource(title=f"Écrans et sommeil {n:02d}")
    url = arabic.get_parent().url
    page_one = client.get(url, {"q": "écrans"})
    page_two = client.get(url, {"q": "écrans", "page": "2"})
    assert page_one.context["selection"].sort == "relevance"
    assert _titles(page_one)[0] == "الشاشات 00"
    titles = _titles(page_one) + _titles(page_two)
    assert len(_titles(page_one)) == 12 and len(_titles(page_two)) == 3
    assert sorted(titles[1:]) == [f"Écrans et sommeil {n:02d}" for n in range(1, 15)]
    assert _total(page_two) == 15


def test_an_arabic_visitors_search_lists_arabic_pages_before_french_ones(
    client, library, make_resource, translate_page
):
    """An Arabic visitor's search reads Arabic pages with Arabic rules and French pages with
    French rules: an Arabic page holding a French word in passing still comes before a French
    page all about it, as their own language's pages always do."""
    canteen = make_resource(title="La cantine de l’école")
    arabic = translate_page(
        canteen,
        "ar",
        title="المطعم المدرسي",
        summary="وجبة الغداء في المدرسة، القائمة والحساسية الغذائية للأطفال (cantine).",
    )
    make_resource(title="Cantine : les menus de la cantine", summary="La cantine, ses menus.")
    url = arabic.get_parent().url
    for sort in ("relevance", "newest"):
        response = client.get(url, {"q": "cantine", "sort": sort})
        assert _titles(response) == ["المطعم المدرسي", "Cantine : les menus de la cantine"], sort
        assert _total(response) == 2


def test_arabic_visitors_see_their_language_first_then_french_labelled(
    client, library, make_resource, translate_page
):
    """Resources in Arabic come before the French ones not yet translated, whatever their age."""
    import datetime

    old = make_resource(title="Ancienne fiche", first_published=datetime.date(2020, 1, 1))
    for n in range(14):
        make_resource(title=f"Fiche récente {n:02d}", first_published=datetime.date(2026, 1, 1 + n))
    arabic = translate_page(old, "ar", title="بطاقة قديمة")
    response = client.get(arabic.get_parent().url)
    titles = _titles(response)
    assert titles[0] == "بطاقة قديمة"
    assert titles[1:] == [f"Fiche récente {n:02d}" for n in range(13, 2, -1)]
    assert response.content.decode().count("tag--language") == 11


def test_results_come_before_the_folded_filters_on_the_page(client, library, shelf):
    """On a phone the list starts on the first screen: the filters wait behind one button."""
    html = client.get(library.url).content.decode()
    panel = html.index('<details class="filters-panel"')
    assert html.index('class="chips"') > panel  # theme and level links are inside the panel
    assert '<details class="filters-panel" data-open-when-wide>' in html  # closed without JS
    assert html.index('id="results-title"') > panel


def test_chosen_filters_show_above_the_results_each_removable(client, library, shelf):
    response = client.get(library.url, {"theme": "ecrans", "easy": "1", "format": "article"})
    html = response.content.decode()
    active = html.split('class="active-filters"')[1].split("</div>")[0]
    assert active.count('class="chip chip--on"') == 3
    assert 'href="?format=article&amp;easy=1"' in active  # removes the theme, keeps the rest
    assert 'href="?theme=ecrans&amp;format=article"' in active  # removes "easy to read"
    # Submitting the other filters keeps the theme chosen with the links.
    assert '<input type="hidden" name="theme" value="ecrans">' in html


@pytest.mark.parametrize("count", [10, 200])
@pytest.mark.parametrize(
    "choice",
    [
        {"level": "elementaire", "page": "2"},
        {"q": "sommeil"},
        {"q": "sommeil", "sort": "newest"},
    ],
)
def test_a_choice_not_asked_before_reads_its_twelve_cards_in_one_query(
    client, library, make_resource, count, choice
):
    """Once the library's index is built, a new choice or search costs the search and one query
    for the cards, themes and levels included, however many resources the school has."""
    _seed(make_resource, count)
    client.get(library.url)
    # The search is kept, best first, for its other pages and the other order; its page is not.
    client.get(library.url, {"q": "sommeil", "page": "2"})
    with CaptureQueriesContext(connection) as queries:
        response = client.get(library.url, choice)
    assert len(_titles(response)) == min(12, count)  # page 2 of 10 resources is the last, page 1
    assert len(queries) == 1, [q["sql"][:120] for q in queries.captured_queries]
    terms = re.findall(r'<ul class="resource-card__terms"[^>]*>(.*?)</ul>', response.text, re.S)
    assert len(terms) == len(_titles(response))
    assert all("Écrans" in t and "Élémentaire" in t for t in terms)
