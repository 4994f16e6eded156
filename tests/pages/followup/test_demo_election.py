"""The demo's election page reads in the families' languages, candidates named as the lists give
them."""

import datetime

import pytest

from pages.followup.models import ElectionPage
from portal.management.demo import followup

pytestmark = pytest.mark.django_db


def test_demo_election_is_translated_into_the_languages_of_the_home_page(
    home, locales, translate_page
):
    translate_page(home, "ar", title="الرئيسية")
    today = datetime.date(2030, 11, 15)
    followup._elections(home, today, locales)
    followup._elections(home, today, locales)  # a second run adds nothing
    arabic = ElectionPage.objects.get(locale=locales["ar"])
    assert arabic.live and arabic.school_year == 2030
    assert "التصويت سرّي" in arabic.plain_words
    assert "Fatou Diallo" in arabic.candidate_lists[0].value["candidates"]
    # No page without its home page in that language.
    assert not ElectionPage.objects.filter(locale=locales["tr"]).exists()
    assert ElectionPage.objects.filter(locale=locales["fr"]).count() == 2


def test_demo_election_reads_in_all_seven_languages(home, locales, translate_page):
    """With the home page in every language, the election is in every language too, its way of
    voting written in that language, not copied from French."""
    for code in ("en", "ar", "es", "pt", "tr", "uk"):
        translate_page(home, code, title=f"Accueil {code}")
    today = datetime.date(2030, 11, 15)
    followup._elections(home, today, locales)
    followup._elections(home, today, locales)  # a second run adds nothing
    latest = ElectionPage.objects.filter(school_year=2030)
    assert sorted(latest.values_list("locale__language_code", flat=True)) == sorted(
        ["fr", "en", "ar", "es", "pt", "tr", "uk"]
    )
    french = latest.get(locale=locales["fr"])
    texts = set()
    for page in latest.exclude(pk=french.pk):
        assert page.live and page.date == french.date
        assert page.how_to_vote != french.how_to_vote
        assert page.plain_words != french.plain_words
        assert "Fatou Diallo" in page.candidate_lists[0].value["candidates"]
        texts.add(page.how_to_vote)
    assert len(texts) == 6  # each its own words
