"""A parent on a phone answers the digital questionnaire in Turkish and sees two matching places;
parents filter the directory and see who is open now, in French and in Arabic."""

import pytest

from partners.models import Partner, Question
from tests.conftest import translate
from tests.e2e.conftest import DESKTOP, PHONE, assert_accessible, expect, screenshot
from tests.i18n import french
from tests.partners.factories import (
    CampaignFactory,
    PartnerFactory,
    PartnerIndexPageFactory,
    QuestionnairePageFactory,
)

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def neighbourhood(home, locales):
    directory = PartnerIndexPageFactory(parent=home)
    translate(directory, "ar", title="من يمكنه المساعدة", slug="man-yusaid")
    questionnaire = QuestionnairePageFactory(parent=home)
    translate(questionnaire, "tr", title="Dijital anket", slug="anket")
    mermoz = PartnerFactory(
        name="Espace numérique Mermoz",
        services=["outils", "acces"],
        languages=["fr", "tr", "ar"],
        opening_hours="24/7",
        summary="Aide pour l’email et l’ordinateur.",
    )
    arabic = mermoz.copy_for_translation(locales["ar"])
    arabic.summary = "مساعدة في البريد الإلكتروني والحاسوب."
    arabic.save()
    PartnerFactory(
        name="Clic Solidaire",
        services=["demarches", "outils"],
        languages=["fr", "tr"],
        opening_hours="Mo-Fr 14:00-17:30",
    )
    PartnerFactory(
        name="Centre de santé",
        kind="sante",
        services=[],
        languages=["fr"],
        opening_hours="Mo-Fr 08:30-12:00",
    )
    PartnerFactory(
        name="Relais du soir",
        kind="parentalite",
        services=["parentalite"],
        opening_hours="Mo-Su 17:00-21:00",
    )
    CampaignFactory()
    return {"directory": directory, "questionnaire": questionnaire}


def test_a_turkish_parent_on_a_phone_answers_and_sees_two_matching_places(
    neighbourhood, live_server, page_factory
):
    page = page_factory(viewport=PHONE, locale="tr-TR")
    page.goto(f"{live_server.url}/tr/anket/")
    assert page.locator("html").get_attribute("lang") == "tr"
    assert_accessible(page)
    screenshot(page, "questionnaire-tr-phone")
    computer = Question.objects.source().get(pictogram="computer").pk
    email = Question.objects.source().get(pictogram="email").pk
    page.locator(f"input[name='q{computer}'][value='no']").check()
    page.locator(f"input[name='q{email}'][value='not-at-all']").check()
    page.get_by_role("button", name="Yanıtlarımı gönder").click()
    page.wait_for_load_state()
    expect(page.get_by_role("heading", level=1)).to_have_text("Yanıtlarınız için teşekkürler")
    titles = page.locator(".partner-card__title").all_inner_texts()
    assert sorted(titles) == ["Clic Solidaire", "Espace numérique Mermoz"]
    expect(page.locator(".partner-card__speaks")).to_have_count(2)
    assert_accessible(page)
    screenshot(page, "questionnaire-matches-tr-phone")
    page.emulate_media(media="print")
    screenshot(page, "questionnaire-matches-tr-print")
    page.emulate_media(media="screen")
    page.goto(f"{live_server.url}/tr/anket/")
    assert "Teşekkürler" in page.locator("main").inner_text()


def test_directory_filters_and_open_now_in_french_without_javascript(
    neighbourhood, live_server, page_factory
):
    checked = page_factory(viewport=PHONE)
    checked.goto(f"{live_server.url}/fr/partenaires/")
    assert_accessible(checked)
    screenshot(checked, "directory-fr-phone")
    page = page_factory(viewport=PHONE, javascript=False)
    page.goto(f"{live_server.url}/fr/partenaires/")
    page.get_by_role("link", name=french("Open in the evening")).click()
    expect(page.locator(".partner-card__title")).to_have_text(
        ["Espace numérique Mermoz", "Relais du soir"]
    )
    page.locator(".more-filters summary").click()
    page.locator("#f-lang-tr").check()
    page.get_by_role("button", name=french("Show places")).click()
    assert "lang=tr" in page.url and "evening=1" in page.url
    expect(page.locator(".partner-card__title")).to_have_text(["Espace numérique Mermoz"])
    page.get_by_role("link", name="Espace numérique Mermoz").click()
    expect(page.locator(".status")).to_contain_text(french("Open now."))
    checked.goto(page.url)
    assert_accessible(checked)
    screenshot(checked, "partner-fr-phone")


def test_directory_in_arabic_on_phone_and_desktop(neighbourhood, live_server, page_factory):
    for name, viewport in (("phone", PHONE), ("desktop", DESKTOP)):
        page = page_factory(viewport=viewport, locale="ar")
        page.goto(f"{live_server.url}/ar/man-yusaid/")
        assert page.locator("html").get_attribute("dir") == "rtl"
        assert "مساعدة في البريد الإلكتروني والحاسوب." in page.locator("main").inner_text()
        assert_accessible(page)
        screenshot(page, f"directory-ar-{name}")
    page.get_by_role("link", name="Espace numérique Mermoz").click()
    expect(page.locator(".status--open")).to_have_count(1)
    assert_accessible(page)
    screenshot(page, "partner-ar-desktop")
    assert Partner.objects.count() == 5
