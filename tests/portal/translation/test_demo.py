import re

from django.contrib.admin.utils import quote
from django.contrib.auth import get_user_model
from django.urls import reverse

from wagtail.models import Page, Revision

import pytest

from pages.charter.models import CharterPage, CharterVersion
from pages.events.models import EventIndexPage
from pages.home.models import HomePage, ParentSpacePage
from portal.management.demo import charter, resources, translations
from portal.management.demo import translations_content as words
from portal.translation import status
from portal.translation.models import OutdatedTranslation
from resources.models import ResourceIndexPage, ResourcePage, Theme
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


@pytest.fixture
def charter_demo(locales):
    """The demo's own charter and parents' space, translated."""
    home = build_foundation().root_page.specific
    translations.homes(locales, home)
    charter.build(locales, home)
    translations.build(locales, home)
    return home


def _questions(space):
    return [block.value["question"] for block in space.specific.faq]


def test_the_charter_and_the_parents_questions_are_in_each_language(charter_demo, client):
    """A parent reads the charter's articles and the questions parents ask in their own
    language, not in French."""
    french = CharterPage.objects.get(locale__language_code="fr")
    french_texts = {
        article["anchor"]: article["text"] for article in french.versions.get().articles
    }
    french_space = ParentSpacePage.objects.get(locale__language_code="fr")
    french_questions = set(_questions(french_space))
    assert len(french_questions) == 3
    for code in LANGUAGES[1:]:
        page = CharterPage.objects.get(locale__language_code=code)
        articles = page.versions.get().articles
        assert [article["anchor"] for article in articles] == list(french_texts), code
        assert all(article["text"] != french_texts[article["anchor"]] for article in articles)
        html = client.get(page.get_url()).content.decode()
        assert f'lang="{code}"' in html and articles[-1]["title"] in html, code
        assert "L’usage des outils numériques" not in html, code
        assert "Conseil d’école" not in html, code  # who adopted it, in the reader's words

        space = ParentSpacePage.objects.get(locale__language_code=code)
        questions = _questions(space)
        assert len(questions) == 3 and not french_questions & set(questions), code
        assert questions[0] in client.get(space.get_url()).content.decode(), code


def test_running_again_mends_translations_left_in_french(charter_demo, locales):
    """A demo built before the charter and the questions were translated gets them on the next
    run, and a run with nothing to mend changes nothing."""
    spanish = CharterPage.objects.get(locale__language_code="es")
    french_articles = CharterPage.objects.get(locale__language_code="fr").articles.all()
    for article, french in zip(spanish.articles.all(), french_articles, strict=True):
        article.text = french.text
        article.save()
    spanish.versions.all().delete()
    CharterPage.objects.filter(pk=spanish.pk).update(status="consultation")
    ParentSpacePage.objects.filter(locale__language_code="uk").update(faq=[])

    translations.build(locales, charter_demo)
    counts = (Page.objects.count(), Revision.objects.count(), CharterVersion.objects.count())
    assert (
        CharterPage.objects.get(pk=spanish.pk)
        .versions.get()
        .articles[0]["text"]
        .startswith("La escuela usa el portal")
    )
    assert len(_questions(ParentSpacePage.objects.get(locale__language_code="uk"))) == 3

    charter.build(locales, charter_demo)
    translations.build(locales, charter_demo)
    assert (
        Page.objects.count(),
        Revision.objects.count(),
        CharterVersion.objects.count(),
    ) == counts


def test_the_demo_themes_are_published_as_the_admin_publishes_them(demo, as_user, locales):
    """The admin's status panel dates a theme's publication in every language: it reads it from
    the live revision, which a theme saved without one would lack."""
    client = as_user(get_user_model().objects.get(email="directrice@demo.passerelle.test"))
    for code in ("fr", "ar"):
        theme = Theme.objects.get(slug="ecole", locale=locales[code])
        url = reverse(Theme.snippet_viewset.get_url_name("edit"), args=[quote(theme.pk)])
        html = client.get(url).content.decode()
        assert re.search(r'Publié\s*</h3>\s*<div class="w-help-text">', html), code
