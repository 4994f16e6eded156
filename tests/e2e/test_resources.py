"""A parent on a phone finds "écrans" resources for élémentaire in a few taps (the filters are
folded under the results' search box), in French and in Arabic, opens one and prints it with its
QR code."""

import pytest

from tests.conftest import translate
from tests.e2e.conftest import assert_accessible, expect, main_menu, screenshot
from tests.i18n import french
from tests.resources.factories import (
    FormatFactory,
    ResourceIndexPageFactory,
    ResourcePageFactory,
    SchoolLevelFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def shelf(home, locales):
    screens = ThemeFactory(slug="ecrans", name="Écrans et vie numérique")
    ThemeFactory(
        slug="ecrans",
        name="الشاشات والحياة الرقمية",
        locale=locales["ar"],
        translation_key=screens.translation_key,
    )
    homework = ThemeFactory(slug="devoirs", name="Devoirs et apprentissages")
    primary = SchoolLevelFactory(slug="elementaire", name="Élémentaire")
    SchoolLevelFactory(
        slug="elementaire",
        name="الابتدائي",
        locale=locales["ar"],
        translation_key=primary.translation_key,
    )
    middle = SchoolLevelFactory(slug="college", name="Collège")
    sheet = FormatFactory(slug="fiche", name="Fiche à imprimer")
    library = ResourceIndexPageFactory(parent=home)
    translate(library, "ar", title="موارد للأولياء", slug="mawarid")
    sleep = ResourcePageFactory(
        parent=library,
        title="Les écrans avant de dormir",
        slug="ecrans-avant-dormir",
        format=sheet,
        terms={"themes": [screens], "levels": [primary]},
    )
    translate(sleep, "ar", title="الشاشات قبل النوم", summary="ساعة بلا شاشات قبل النوم.")
    ResourcePageFactory(
        parent=library,
        title="Réseaux sociaux au collège",
        format=sheet,
        terms={"themes": [screens], "levels": [middle]},
    )
    ResourcePageFactory(
        parent=library,
        title="Devoirs sans stress",
        format=sheet,
        terms={"themes": [homework], "levels": [primary]},
    )
    return library


def _choose(page, name):
    """Open the folded filters, then tap the choice."""
    page.locator(".filters-panel > summary").click()
    page.locator(".filters-panel").get_by_role("link", name=name).first.click()
    page.wait_for_load_state()


def _two_taps_then_print(page, base, library_path, theme, level, resource_title):
    page.goto(base + library_path)
    assert_accessible(page)
    _choose(page, theme)
    _choose(page, level)
    cards = page.locator(".resource-card__title")
    assert cards.count() == 1
    assert cards.first.inner_text() == resource_title
    cards.first.get_by_role("link").click()
    expect(page.locator("h1")).to_have_text(resource_title)
    assert_accessible(page)
    page.locator(".resource__actions").get_by_role("link").first.click()
    expect(page.locator("figure.qr svg")).to_have_count(1)
    assert_accessible(page)


def test_two_taps_to_screens_for_primary_then_print_in_french_and_arabic(shelf, live_server, page):
    _two_taps_then_print(
        page,
        live_server.url,
        "/fr/ressources/",
        "Écrans et vie numérique",
        "Élémentaire",
        "Les écrans avant de dormir",
    )
    screenshot(page, "resource-print-fr-phone")
    _two_taps_then_print(
        page,
        live_server.url,
        "/ar/mawarid/",
        "الشاشات والحياة الرقمية",
        "الابتدائي",
        "الشاشات قبل النوم",
    )
    assert page.locator("html").get_attribute("dir") == "rtl"
    screenshot(page, "resource-print-ar-phone")


def test_filter_form_works_without_javascript(shelf, live_server, page_factory):
    page = page_factory(javascript=False)
    page.goto(f"{live_server.url}/fr/ressources/")
    _choose(page, "Écrans et vie numérique")
    page.locator(".filters-panel > summary").click()
    page.locator("#f-format-fiche").check()
    page.get_by_role("button", name=french("Show resources")).click()
    assert "theme=ecrans" in page.url and "format=fiche" in page.url
    _choose(page, "Élémentaire")
    assert "level=elementaire" in page.url and "format=fiche" in page.url
    assert page.locator(".resource-card__title").all_inner_texts() == ["Les écrans avant de dormir"]


def test_site_search_in_arabic_shows_french_resources_labelled_with_their_passage(
    shelf, live_server, page
):
    page.goto(f"{live_server.url}/ar/")
    main_menu(page).get_by_role("link", name="بحث").click()
    page.get_by_role("searchbox").fill("collège")
    page.get_by_role("searchbox").press("Enter")
    page.wait_for_load_state()
    result = page.locator(".results__item").first
    assert result.get_by_role("link").inner_text() == "Réseaux sociaux au collège"
    assert result.get_by_role("link").get_attribute("lang") == "fr"
    assert result.locator(".tag--language").count() == 1
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert_accessible(page)
    screenshot(page, "site-search-ar-phone")
