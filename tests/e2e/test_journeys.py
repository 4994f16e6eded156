"""The journeys families, teachers and the director meet: the phone header and language menu in
every language, switching language on a page not yet translated, the month on a phone, the
library on a phone, and the printed resource with its QR code."""

import datetime

from django.conf import settings

import pytest

from tests.conftest import translate
from tests.e2e.conftest import (
    DESKTOP,
    PHONE,
    PHONE_LARGE,
    PHONE_SMALL,
    assert_accessible,
    broken_words,
    clipped,
    expect,
    main_menu,
    screenshot,
)
from tests.i18n import in_language
from tests.pages.events.factories import EventIndexPageFactory, EventPageFactory
from tests.pages.home.factories import StandardPageFactory
from tests.resources.factories import (
    FormatFactory,
    ResourceIndexPageFactory,
    ResourcePageFactory,
    SchoolLevelFactory,
    ThemeFactory,
)
from tests.resources.test_printing import SUMMARIES, _intersects, _pdf_layout

pytestmark = pytest.mark.django_db(transaction=True)

LANGUAGES = [code for code, _name in settings.LANGUAGES]


@pytest.fixture
def school(home, locales, site):
    from portal.models import SchoolSettings

    settings_ = SchoolSettings.for_site(site)
    settings_.school_name = "École élémentaire Jean-Jaurès"
    settings_.email = "ce.0690000x@ac-lyon.fr"
    settings_.save()
    translate(home, "ar", title="مرحبًا بكم في مدرسة جان جوريس")
    StandardPageFactory(parent=home, title="La cantine", slug="cantine", show_in_menus=True)
    return home


@pytest.mark.parametrize("viewport", [PHONE_SMALL, PHONE_LARGE], ids=["320", "390"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_language_menu_fits_a_phone_in_every_language(
    school, live_server, page_factory, viewport, language
):
    """Open on a 320 or 390 px phone, the language menu stays inside the screen and no name is
    cut (in Arabic the current language used to read "بية ✓")."""
    page = page_factory(viewport=viewport)
    page.goto(f"{live_server.url}/{language}/")
    header = page.locator("header.site-header").bounding_box()
    assert header["height"] <= (140 if viewport is PHONE_SMALL else 120)
    page.locator(".language-switcher summary").click()
    expect(page.locator(".language-switcher ul")).to_be_visible()
    assert (
        clipped(page, ".language-switcher summary, .language-switcher ul, .language-switcher a")
        == []
    )
    current = page.locator(".language-switcher a[aria-current]")
    assert current.inner_text().strip().startswith(dict(settings.LANGUAGES)[language])
    assert_accessible(page)
    if language in ("fr", "ar"):
        screenshot(page, f"journeys-language-menu-{language}-{viewport['width']}")
    page.locator(".language-switcher summary").click()
    menu = main_menu(page)
    assert clipped(page, ".site-menu__panel, .site-menu__panel a") == []
    assert menu.get_by_role("link").count() >= 3
    assert_accessible(page)


def test_switching_to_arabic_on_a_french_only_page_stays_on_it(school, live_server, page):
    """The page has no Arabic translation: the parent keeps reading it, in French, told why,
    with the site around it in Arabic; and comes back to the French page the same way."""
    page.goto(f"{live_server.url}/fr/cantine/")
    page.locator(".language-switcher summary").click()
    page.get_by_role("link", name="العربية").click()
    page.wait_for_load_state()
    assert page.url.endswith("/ar/cantine/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("h1").inner_text() == "La cantine"
    assert page.locator("article").get_attribute("lang") == "fr"
    assert page.locator(".notice--info").is_visible()
    assert_accessible(page)
    screenshot(page, "journeys-french-only-page-ar-phone")
    page.locator(".language-switcher summary").click()
    page.get_by_role("link", name="Français").click()
    assert page.url.endswith("/fr/cantine/")


@pytest.fixture
def shelf(school, locales):
    screens = ThemeFactory(slug="ecrans", name="Écrans et vie numérique")
    ThemeFactory(
        slug="ecrans",
        name="الشاشات والحياة الرقمية",
        locale=locales["ar"],
        translation_key=screens.translation_key,
    )
    primary = SchoolLevelFactory(slug="elementaire", name="Élémentaire")
    sheet = FormatFactory(slug="fiche", name="Fiche à imprimer")
    library = ResourceIndexPageFactory(parent=school)
    translate(library, "ar", title="موارد للأولياء", slug="mawarid")
    for number in range(8):
        ResourcePageFactory(
            parent=library,
            title=f"Fiche pratique numéro {number}",
            format=sheet,
            terms={"themes": [screens], "levels": [primary]},
        )
    resource = ResourcePageFactory(
        parent=library,
        title="Bouger chaque jour",
        slug="bouger-chaque-jour-avec-son-enfant",
        summary=SUMMARIES["fr"],
        format=sheet,
        terms={"themes": [screens], "levels": [primary]},
    )
    translate(resource, "ar", title="الحركة كل يوم", summary=SUMMARIES["ar"])
    return library


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_library_on_a_phone_shows_results_first_and_keeps_filters_across_languages(
    shelf, live_server, page_factory, language
):
    page = page_factory(viewport=PHONE_LARGE)
    path = "/fr/ressources/" if language == "fr" else "/ar/mawarid/"
    page.goto(live_server.url + path)
    first = page.locator(".resource-card").first.bounding_box()
    assert first["y"] < PHONE_LARGE["height"], "the first resource is on the first screen"
    assert_accessible(page)
    screenshot(page, f"journeys-library-{language}-phone")
    # Filters are one tap away.
    page.locator(".filters-panel > summary").click()
    page.locator(".chips a[href*='theme=ecrans']").first.click()
    assert "theme=ecrans" in page.url
    expect(page.locator(".active-filters .chip")).to_have_count(1)
    assert_accessible(page)
    other = "العربية" if language == "fr" else "Français"
    page.locator(".language-switcher summary").click()
    page.get_by_role("link", name=other).click()
    assert "theme=ecrans" in page.url
    expect(page.locator(".active-filters .chip")).to_have_count(1)


def test_library_filters_work_without_javascript(shelf, live_server, page_factory):
    page = page_factory(javascript=False, viewport=PHONE_LARGE)
    page.goto(f"{live_server.url}/fr/ressources/")
    page.locator(".filters-panel > summary").click()
    page.locator("#f-format-fiche").check()
    page.locator(".library-filters__actions button").click()
    assert "format=fiche" in page.url
    expect(page.locator(".resource-card")).to_have_count(9)


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_printed_resource_keeps_the_qr_code_beside_the_summary(
    shelf, live_server, page_factory, language
):
    """The print view as a browser shows it, and the PDF as the server makes it: the QR code
    never covers the title or the summary."""
    page = page_factory(viewport={"width": 800, "height": 1100})
    path = "/fr/ressources/" if language == "fr" else "/ar/mawarid/"
    page.goto(f"{live_server.url}{path}bouger-chaque-jour-avec-son-enfant/print/")
    qr = page.locator("figure.qr").bounding_box()
    for selector in ("h1", ".print-resource__summary"):
        box = page.locator(selector).bounding_box()
        assert not _intersects(
            (box["x"], box["y"], box["x"] + box["width"], box["y"] + box["height"]),
            (qr["x"], qr["y"], qr["x"] + qr["width"], qr["y"] + qr["height"]),
        ), selector
    assert_accessible(page)
    screenshot(page, f"journeys-print-{language}")
    pdf = page.request.get(f"{live_server.url}{path}bouger-chaque-jour-avec-son-enfant/pdf/")
    assert pdf.headers["content-type"] == "application/pdf"
    _page, lines, qr_box = _pdf_layout(pdf.body())
    assert [line.get_text() for line in lines if _intersects(line.bbox, qr_box)] == []


@pytest.fixture
def busy_month(school):
    agenda = EventIndexPageFactory(parent=school)
    translate(agenda, "ar", title="المفكرة")
    day = datetime.date.today().replace(day=1) + datetime.timedelta(days=40)
    day = day.replace(day=9)
    titles = [
        "Réunion de rentrée des CP",
        "Élection des représentants de parents",
        "Sortie à la ferme pédagogique",
    ]
    for offset, title in enumerate(titles):
        start = datetime.datetime.combine(
            day + datetime.timedelta(days=offset), datetime.time(18), datetime.UTC
        )
        EventPageFactory(
            parent=agenda, title=title, start=start, end=start + datetime.timedelta(hours=1)
        )
    return day.strftime("%Y-%m")


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
@pytest.mark.parametrize("language", ["fr", "ar"])
def test_month_view_never_cuts_a_word(busy_month, live_server, page_factory, viewport, language):
    """On a phone the month reads as a list of days; no title is cut mid-letter."""
    page = page_factory(viewport=viewport)
    page.goto(f"{live_server.url}/{language}/agenda/?view=month&month={busy_month}")
    assert page.locator(".occurrence").first.is_visible()
    assert broken_words(page, ".month .occurrence, .month__date") == []
    if viewport is PHONE:
        assert page.locator(".month__busy .month__date").first.is_visible()
    assert_accessible(page)
    screenshot(page, f"journeys-month-{language}-{'phone' if viewport is PHONE else 'desktop'}")


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_a_desktop_shows_the_school_menu_on_one_row(school, live_server, page_factory, language):
    """At 1280 px the demo school's menu fits on one row: search and the account sit
    beside the school's name (with them in the bar, "Rechercher" and "Se connecter" wrapped)."""
    school.get_children().update(show_in_menus=False)
    for title, arabic in (
        ("Espace parents", "فضاء الأولياء"),
        ("Ressources pour les parents", "موارد للأولياء"),
        ("Agenda", "المفكرة"),
        ("La gazette", "الجريدة"),
        ("Charte des échanges numériques", "ميثاق التواصل الرقمي"),
    ):
        translate(
            StandardPageFactory(parent=school, title=title, show_in_menus=True), "ar", title=arabic
        )
    page = page_factory(viewport=DESKTOP)
    page.goto(f"{live_server.url}/{language}/")
    links = page.locator("nav.main-nav a")
    expect(links).to_have_count(6)  # home, then the demo school's five pages
    rows = {round(box["y"]) for box in (link.bounding_box() for link in links.all())}
    assert len(rows) == 1, rows
    tools = page.locator("header .site-tools")
    expect(tools.get_by_role("link", name=in_language(language, "Search"))).to_be_visible()
    expect(tools.get_by_role("link", name=in_language(language, "Log in"))).to_be_visible()
    assert clipped(page, ".site-name, .site-tools a, .main-nav a, .language-switcher summary") == []
    assert_accessible(page)
    screenshot(page, f"journeys-desktop-menu-{language}")
