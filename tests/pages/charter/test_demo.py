"""The demo charter and representatives' area: complete, translated, and built once."""

import pytest

from pages.charter.models import CharterPage, Proposal
from pages.reps.models import MinutesPage, RepresentativeAreaPage
from portal.management.demo import charter, home, school

pytestmark = pytest.mark.django_db


def test_the_demo_charter_is_complete_and_built_once(locales):
    found = school.ensure_locales()
    home_page = home.build(found)
    school.ensure_site(home_page)
    school.ensure_users()
    charter.build(found, home_page)
    counts = (CharterPage.objects.count(), Proposal.objects.count(), MinutesPage.objects.count())
    charter.build(found, home_page)
    assert (
        CharterPage.objects.count(),
        Proposal.objects.count(),
        MinutesPage.objects.count(),
    ) == counts

    french = CharterPage.objects.get(locale__language_code="fr")
    assert french.status == "consultation" and french.consultation_open()
    assert french.articles.count() >= 8
    assert french.versions.get().articles != french.snapshot()  # the draft has changes
    for code in ("en", "ar"):
        translated = CharterPage.objects.get(locale__language_code=code)
        assert translated.versions.count() == 1
        assert translated.articles.first().title != french.articles.first().title
    assert set(Proposal.objects.values_list("state", flat=True)) == {
        "pending",
        "accepted",
        "rejected",
        "merged",
    }
    area = RepresentativeAreaPage.objects.get()
    assert area.privileged() is not None
    assert area.chosen_by_representatives() == area.privileged()
    assert MinutesPage.objects.child_of(area).count() == 2
