"""A quarter's short name is written in the reader's language."""

from django.utils import translation

import pytest

from pages.followup.periods import Quarter


@pytest.mark.parametrize(
    ("language", "label"),
    [
        ("fr", "2026–2027 · T2"),
        ("en", "2026–2027 · Q2"),
        ("ar", "2026–2027 · الفصل 2"),
        ("tr", "2026–2027 · 2. çeyrek"),
    ],
)
def test_a_quarter_is_named_in_the_readers_language(language, label):
    with translation.override(language):
        assert Quarter(2026, 2).label == label
