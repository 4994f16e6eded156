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
