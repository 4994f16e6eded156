"""An Arabic-speaking parent opens the library on a phone: the Arabic resources come first, then
the French ones not yet translated, each labelled with its language."""

import datetime

import pytest

from tests.conftest import translate
from tests.e2e.conftest import DESKTOP, assert_accessible, screenshot
from tests.resources.factories import FormatFactory, ResourceIndexPageFactory, ResourcePageFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def library(home, locales):
    sheet = FormatFactory(slug="fiche", name="Fiche à imprimer")
    shelf = ResourceIndexPageFactory(parent=home)
    translate(home, "ar", title="مرحبًا بكم في المدرسة")
    translate(shelf, "ar", title="موارد للأولياء", slug="mawarid")
    older = [
        ResourcePageFactory(
            parent=shelf,
            title=f"Fiche ancienne {n}",
            format=sheet,
            first_published=datetime.date(2020, 1, 1 + n),
        )
        for n in range(4)
    ]
    for n in range(14):
        ResourcePageFactory(
            parent=shelf,
            title=f"Fiche récente {n:02d}",
            format=sheet,
            first_published=datetime.date(2026, 1, 1 + n),
        )
    for n, page in enumerate(older):
        translate(page, "ar", title=f"بطاقة {n}", summary="ملخص قصير.")
    return shelf


@pytest.mark.parametrize("viewport", [None, DESKTOP])
def test_arabic_library_lists_arabic_resources_first(library, live_server, page_factory, viewport):
    page = page_factory(viewport=viewport) if viewport else page_factory()
    page.goto(f"{live_server.url}/ar/mawarid/")
    cards = page.locator(".resource-card")
    titles = page.locator(".resource-card__title").all_inner_texts()
    assert titles[:4] == ["بطاقة 3", "بطاقة 2", "بطاقة 1", "بطاقة 0"]
    assert all(title.startswith("Fiche récente") for title in titles[4:])
    assert cards.nth(0).locator(".tag--language").count() == 0
    assert cards.nth(4).locator(".tag--language").count() == 1
    assert cards.nth(4).get_attribute("lang") == "fr"
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert_accessible(page)
    screenshot(page, f"library-order-ar-{'desktop' if viewport else 'phone'}")
