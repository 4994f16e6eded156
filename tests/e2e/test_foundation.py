"""A parent visits the home page and the parents' space in French and Arabic, on a phone."""

import pytest

from tests.conftest import translate
from tests.e2e.conftest import DESKTOP, assert_accessible, screenshot

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def school(home, parent_space, locales):
    translate(home, "ar", title="مرحبًا بكم في المدرسة", intro="مدرسة مفتوحة لكل العائلات.")
    translate(parent_space, "ar", title="فضاء الأولياء", slug="fada-al-awliya")
    return home


def test_home_and_parent_space_in_french_then_arabic(school, live_server, page):
    """The pages pass axe-core in both languages, and Arabic reads right to left."""
    page.goto(f"{live_server.url}/fr/")
    assert page.locator("html").get_attribute("lang") == "fr"
    assert page.locator("html").get_attribute("dir") == "ltr"
    assert_accessible(page)
    screenshot(page, "home-fr-phone")

    page.get_by_role("link", name="Espace parents").first.click()
    assert page.url.endswith("/fr/espace-parents/")
    assert_accessible(page)

    page.locator(".language-switcher summary").click()
    page.get_by_role("link", name="العربية").click()
    assert page.url.endswith("/ar/fada-al-awliya/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("h1").inner_text() == "فضاء الأولياء"
    assert_accessible(page)
    screenshot(page, "parent-space-ar-phone")

    page.goto(f"{live_server.url}/ar/")
    assert page.locator("html").get_attribute("lang") == "ar"
    assert_accessible(page)


def test_language_switcher_works_without_javascript(school, live_server, page_factory):
    """The switcher is a plain list of links: it needs no script."""
    page = page_factory(javascript=False, viewport=DESKTOP)
    page.goto(f"{live_server.url}/fr/espace-parents/")
    page.locator(".language-switcher summary").click()
    page.get_by_role("link", name="العربية").click()
    assert page.url.endswith("/ar/fada-al-awliya/")
    screenshot(page, "parent-space-ar-desktop-nojs")
