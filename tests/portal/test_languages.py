"""Every page in every language: fallback to French, the language switcher, hreflang."""

from django.utils import translation

from wagtail.models import PageViewRestriction

import pytest

from tests.pages.home.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

NOT_TRANSLATED = (
    "This page is not yet translated into your language. "
    "Here it is in its original language (%(language)s)."
)


def arabic(message):
    """The Arabic catalogue's wording, which must differ from the English source."""
    with translation.override("ar"):
        text = translation.gettext(message)
    assert text != message, f"missing Arabic translation: {message}"
    return text.split("(")[0].strip()


@pytest.fixture
def translated_space(parent_space, home, translate_page):
    translate_page(home, "ar", title="مرحبًا")
    return translate_page(parent_space, "ar", title="فضاء الأولياء", slug="fada-al-awliya")


def test_french_only_page_requested_in_arabic_shows_french_with_an_arabic_notice(
    client, home, translate_page
):
    """A page not yet translated is never a 404: the French page, with a notice in Arabic."""
    translate_page(home, "ar", title="مرحبًا")
    StandardPageFactory(parent=home, title="La cantine", slug="cantine")
    response = client.get("/ar/cantine/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert "La cantine" in html
    assert 'lang="fr" dir="ltr"' in html  # the French content is marked as French
    assert arabic(NOT_TRANSLATED) in html


def test_switcher_leads_to_the_same_page_in_each_language(client, translated_space):
    html = client.get("/fr/espace-parents/").content.decode()
    assert 'href="/ar/fada-al-awliya/"' in html
    # No English translation: the same page, under the English prefix.
    assert 'href="/en/espace-parents/"' in html
    assert ">العربية</a>" in html and ">Türkçe</a>" in html


def test_switching_language_on_a_french_only_page_stays_on_that_page(client, home, translate_page):
    """The parent who switches to Arabic keeps reading the page, in French, told why."""
    translate_page(home, "ar", title="مرحبًا")
    StandardPageFactory(parent=home, title="La cantine", slug="cantine")
    html = client.get("/fr/cantine/").content.decode()
    assert 'href="/ar/cantine/"' in html
    arabic_page = client.get("/ar/cantine/")
    assert arabic_page.status_code == 200
    body = arabic_page.content.decode()
    assert "<h1>La cantine</h1>" in body
    assert arabic(NOT_TRANSLATED) in body
    # And back: the French page itself.
    assert 'href="/fr/cantine/"' in body


def test_the_query_string_follows_a_language_switch(client, translated_space):
    """Filters chosen in the library stay chosen in the other language."""
    html = client.get("/fr/espace-parents/?theme=ecrans&level=college").content.decode()
    assert 'href="/ar/fada-al-awliya/?theme=ecrans&amp;level=college"' in html
    assert 'href="/en/espace-parents/?theme=ecrans&amp;level=college"' in html


def test_head_lists_hreflang_alternates(client, translated_space):
    html = client.get("/fr/espace-parents/").content.decode()
    assert (
        '<link rel="alternate" hreflang="fr" href="http://testserver/fr/espace-parents/">' in html
    )
    assert (
        '<link rel="alternate" hreflang="ar" href="http://testserver/ar/fada-al-awliya/">' in html
    )
    assert 'hreflang="x-default" href="http://testserver/fr/espace-parents/"' in html


def test_html_lang_and_dir_follow_the_language(client, translated_space):
    assert b'<html lang="fr" dir="ltr">' in client.get("/fr/espace-parents/").content
    assert b'<html lang="ar" dir="rtl">' in client.get("/ar/fada-al-awliya/").content


def test_private_page_is_not_served_through_the_fallback(client, home, translate_page):
    """A restricted French page requested in Arabic still asks for a login."""
    translate_page(home, "ar", title="مرحبًا")
    page = StandardPageFactory(parent=home, title="Comptes rendus", slug="comptes-rendus")
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    response = client.get("/ar/comptes-rendus/")
    assert response.status_code == 302
    assert response["Location"].startswith("/ar/accounts/login/")


def test_switching_from_a_translation_to_a_language_without_one_serves_the_source(
    client, translated_space
):
    """From the Arabic page (its own slug), Turkish has no translation: the link uses the French
    page's address, which the Turkish prefix serves in French."""
    html = client.get("/ar/fada-al-awliya/").content.decode()
    assert 'href="/tr/espace-parents/"' in html
    assert client.get("/tr/espace-parents/").status_code == 200
