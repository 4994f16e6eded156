"""A republished French page puts its translations out of date, and their Translators are told."""

from django.urls import reverse

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


def _sync(client, page, publish):
    """What a Director does with "Sync translated pages" on the French page."""
    from wagtail_localize.models import TranslationSource

    source = TranslationSource.objects.get(object_id=page.translation_key, locale=page.locale)
    data = {"publish_translations": "on"} if publish else {}
    return client.post(reverse("wagtail_localize:update_translations", args=[source.pk]), data)


def test_syncing_and_publishing_brings_the_translation_up_to_date(
    arabic, parent_space, as_user, director, django_capture_on_commit_callbacks
):
    _republish(parent_space, "Espace des parents, nouvelle version")
    with django_capture_on_commit_callbacks(execute=True):
        response = _sync(as_user(director), parent_space, publish=True)
    assert response.status_code == 302
    translated = Page.objects.get(pk=arabic.get_target_instance().pk)
    assert translated.live and not translated.has_unpublished_changes
    assert not OutdatedTranslation.objects.exists()


def test_syncing_then_reviewing_brings_the_translation_up_to_date(
    arabic, parent_space, as_user, director, translator_ar
):
    _republish(parent_space, "Espace des parents, nouvelle version")
    assert _sync(as_user(director), parent_space, publish=False).status_code == 302
    assert OutdatedTranslation.objects.exists()  # synced, not yet published
    as_user(translator_ar).post(reverse("translation_request_review", args=[arabic.pk]))
    translated = Page.objects.get(pk=arabic.get_target_instance().pk).specific
    task_state = translated.current_workflow_task_state
    as_user(director).post(
        reverse(
            "wagtailadmin_pages:workflow_action", args=[translated.pk, "approve", task_state.pk]
        ),
        {"comment": ""},
    )
    translated.refresh_from_db()
    assert translated.has_unpublished_changes is False
    assert not OutdatedTranslation.objects.exists()


def test_a_sync_older_than_the_last_change_of_the_french_page_leaves_it_out_of_date(
    arabic, parent_space, as_user, director, translator_ar
):
    _republish(parent_space, "Première modification")
    assert _sync(as_user(director), parent_space, publish=False).status_code == 302
    _republish(parent_space, "Deuxième modification")  # after the sync: not in the translation
    translated = Page.objects.get(pk=arabic.get_target_instance().pk).specific
    translated.save_revision().publish()
    assert OutdatedTranslation.objects.filter(page=translated).exists()
