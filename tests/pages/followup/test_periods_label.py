"""A quarter's short name is written in the reader's language."""

from django.utils import translation

from wagtail.users.models import UserProfile

import pytest

from pages.followup.periods import Quarter


@pytest.mark.parametrize(
    ("language", "label"),
    [
        ("fr", "2026–2027 · T2"),
        ("en", "2026–2027 · Q2"),
        ("ar", "2026–2027 · ف2"),
        ("tr", "2026–2027 · Ç2"),
    ],
)
def test_a_quarter_is_named_in_the_readers_language(language, label):
    with translation.override(language):
        assert Quarter(2026, 2).label == label


@pytest.mark.parametrize(("language", "short"), [("fr", "T3"), ("en", "Q3"), ("ar", "ف3")])
def test_the_dashboard_names_quarters_in_the_readers_language(
    client, director, site, language, short
):
    profile = UserProfile.get_for_user(director)
    profile.preferred_language = language
    profile.save()
    client.force_login(director)
    response = client.get("/admin/followup/")
    html = response.content.decode()
    assert response.status_code == 200
    assert f">{short}<" in html
    if language != "fr":
        assert ">T3<" not in html
