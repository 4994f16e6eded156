"""The home family's page types render, can be created where they belong, and translate."""

from wagtail.models import Locale
from wagtail_localize.models import String, Translation, TranslationSource

import pytest

from pages.home.models import HomePage, ParentSpacePage, StandardPage
from tests.pages.home.factories import ParentSpacePageFactory, StandardPageFactory
from tests.pages.home.populated import every_block, media

pytestmark = pytest.mark.django_db


@pytest.fixture
def blocks():
    return every_block(*media())


def test_every_block_renders_on_a_standard_page(client, home, blocks):
    """Each shared block shows what a parent needs: alt text, file type, transcript, contact."""
    page = StandardPageFactory(parent=home, slug="rentree", body=blocks, plain_words="En bref.")
    html = client.get(page.url).content.decode()
    assert 'alt="Des enfants jouent"' in html
    assert "Le règlement" in html and "(PDF" in html
    assert 'href="https://video.example.org/rentree"' in html and "<iframe" not in html
    assert "<audio" in html and "Bienvenue à tous." in html
    assert "<summary>Quand ?</summary>" in html
    assert 'href="tel:0400000000"' in html
    assert "En bref." in html


def test_parent_space_shows_reply_promise_and_glossary(client, home):
    page = ParentSpacePageFactory(parent=home)
    html = client.get(page.url).content.decode()
    assert "<dt>APC</dt>" in html
    assert "2 working days" in html or "2 jours ouvrés" in html


def test_page_tree_rules(home):
    assert ParentSpacePage.can_create_at(home)
    assert StandardPage.can_create_at(home)
    assert not HomePage.can_create_at(home)
    ParentSpacePageFactory(parent=home)
    assert not ParentSpacePage.can_create_at(home)  # one parents' space per home page


@pytest.mark.parametrize(
    ("factory", "field"),
    [(StandardPageFactory, "body"), (ParentSpacePageFactory, "how_school_works"), (None, "body")],
)
def test_every_page_type_fully_populated_translates(
    home, locales, blocks, factory, field, django_capture_on_commit_callbacks
):
    """wagtail-localize extracts the text of every block and publishes the Arabic page."""
    page = home if factory is None else factory(parent=home)
    setattr(page, field, blocks)
    page.plain_words = "En bref."
    page.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        for instance in [home] if factory is None else [home, page]:
            source, _created = TranslationSource.get_or_create_from_instance(instance)
            Translation.objects.create(source=source, target_locale=locales["ar"]).save_target()
    extracted = set(String.objects.filter(segments__source=source).values_list("data", flat=True))
    assert {
        "La rentrée",
        "Les portes ouvrent à <b>8 h 20</b>.",
        "L’école commence à 8 h 30.",
        "Des enfants jouent",
        "La maîtresse accueille les enfants.",
        "Bienvenue à tous.",
        "Quand ?",
        "En bref.",
    } <= extracted
    translated = page.get_translation(Locale.objects.get(language_code="ar")).specific
    assert translated.live
    assert translated.plain_words == "En bref."
