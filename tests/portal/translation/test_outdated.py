"""A republished French page puts its translations out of date, and their Translators are told."""

from wagtail.models import Page

import pytest

from portal.notify.models import Message
from portal.translation.models import OutdatedTranslation


@pytest.fixture
def arabic(parent_space, locales, start, director, fill_strings, translator_ar, translator_es):
    translation = fill_strings(start(parent_space, locales["ar"], director), "ع")
    translation.save_target(user=director, publish=True)
    return translation


def _republish(page, title):
    page = Page.objects.get(pk=page.pk).specific
    page.title = title
    page.save_revision().publish()
    return page


def test_a_fresh_translation_is_up_to_date(arabic):
    assert not OutdatedTranslation.objects.exists()


def test_republishing_the_source_marks_the_translation_out_of_date(arabic, parent_space):
    _republish(parent_space, "Espace des parents, nouvelle version")
    record = OutdatedTranslation.objects.get()
    assert record.page_id == arabic.get_target_instance().pk
    assert record.source_revision is not None


def test_the_translators_of_that_language_are_told_once_a_day(arabic, parent_space):
    _republish(parent_space, "Première modification")
    _republish(parent_space, "Deuxième modification")
    told = Message.objects.filter(purpose__startswith="translation-outdated")
    assert list(told.values_list("recipient", flat=True)) == ["leila@example.org"]


def test_republishing_the_translation_alone_keeps_it_out_of_date(arabic, parent_space):
    _republish(parent_space, "Espace des parents, nouvelle version")
    translated = Page.objects.get(pk=arabic.get_target_instance().pk).specific
    translated.save_revision().publish()
    assert OutdatedTranslation.objects.exists()
