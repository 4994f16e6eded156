from django.contrib.auth import get_user_model

from wagtail.models import Page

import pytest

from pages.charter.models import CharterPage
from pages.events.models import EventIndexPage
from pages.home.models import HomePage, ParentSpacePage
from portal.management.demo import resources, translations
from portal.management.demo import translations_content as words
from portal.translation import status
from portal.translation.models import OutdatedTranslation
from resources.models import ResourceIndexPage, ResourcePage
from tests.pages.charter.factories import CharterPageFactory
from tests.pages.events.factories import EventIndexPageFactory
from tests.portal.test_bootstrap_demo import build_foundation

LANGUAGES = ["fr", "en", "ar", "es", "pt", "tr", "uk"]


def test_the_demo_has_a_translator_for_ar_and_tr_and_one_for_es_and_pt(locales):
    build_foundation()
    build_foundation()  # twice: nothing changes
    translators = get_user_model().objects.filter(groups__name="Translator")
    assert sorted(sorted(user.translates_into) for user in translators) == [
        ["ar", "tr"],
        ["es", "pt"],
    ]


@pytest.fixture
def demo(locales):
    """The demo's key pages in French (and some in English and Arabic), then their translations."""
    site = build_foundation()
    home = site.root_page.specific
    resources.build(locales, home)
    EventIndexPageFactory(parent=home, title="Agenda", slug="agenda")
    CharterPageFactory(parent=home)
    translations.build(locales, home)
    return home


def _languages(model, **filters):
    french = model.objects.get(locale__language_code="fr", **filters)
    return sorted(page.locale.language_code for page in french.get_translations(inclusive=True))


def test_the_key_pages_exist_in_the_seven_languages(demo):
    for model in (HomePage, ParentSpacePage, EventIndexPage, CharterPage, ResourceIndexPage):
        assert _languages(model) == sorted(LANGUAGES), model.__name__
    assert len(words.RESOURCES) == 10
    for slug in words.RESOURCES:
        assert _languages(ResourcePage, slug=slug) == sorted(LANGUAGES), slug


def test_the_translations_are_in_their_own_words(demo, client):
    turkish = ResourcePage.objects.get(locale__language_code="tr", slug="cyberharcelement")
    assert turkish.title == "Siber zorbalık: fark etmek ve harekete geçmek"
    assert turkish.live
    html = client.get(turkish.get_url()).content.decode()
    assert 'lang="tr"' in html and "Siber zorbalık" in html
    assert "Cyberharcèlement" not in html.split("<main", 1)[-1].split("</main>", 1)[0]


def test_running_twice_adds_nothing(demo, locales):
    counts = (Page.objects.count(), OutdatedTranslation.objects.count())
    translations.build(locales, demo)
    assert (Page.objects.count(), OutdatedTranslation.objects.count()) == counts


def test_one_arabic_page_is_out_of_date_in_the_status_report(demo):
    rows = status.rows(demo, language="ar", status=status.OUT_OF_DATE)
    assert [row.title for row in rows] == ["Agenda"]
    totals = status.totals(status.rows(demo))
    by_language = {entry["language"]: entry for entry in totals}
    assert by_language["uk"]["up_to_date"] >= 15
    assert by_language["ar"]["out_of_date"] == 1
