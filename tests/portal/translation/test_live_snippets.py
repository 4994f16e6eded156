"""The translation editor says whether a theme's, a partner's or a question's translation is
published from its live revision: a translation families read shows as published, one still in
review as a draft, whether it was published before translations were reviewed or since."""

import datetime
import json
import re
from html import unescape

from django.contrib.admin.utils import quote
from django.urls import reverse
from django.utils import timezone

from wagtail_localize.models import Translation, TranslationSource

import pytest

from partners.models import Partner
from resources.taxonomy import Theme
from tests.portal.translation.test_snippet_review import _translate


def _edit_url(instance):
    return reverse(instance.snippet_viewset.get_url_name("edit"), args=[quote(instance.pk)])


def _editor(client, instance):
    """What the translation editor says of the translated row (its header: published or not)."""
    response = client.get(_edit_url(instance))
    assert response.status_code == 200
    found = re.search(
        r'class="js-translation-editor" data-props="([^"]*)"', response.content.decode()
    )
    assert found, "the translation editor is shown"
    return json.loads(unescape(found.group(1)))["object"]


def _approve(client, instance):
    state = instance.current_workflow_task_state
    url = reverse(
        instance.snippet_viewset.get_url_name("workflow_action"),
        args=[quote(instance.pk), "approve", state.pk],
    )
    return client.post(url, {"comment": ""})


def test_a_translation_of_a_published_theme_is_a_draft_until_approved(
    as_user, director, translator_ar, locales
):
    """The French theme is published in the admin; its Arabic translation is not, whatever the
    French one's publication."""
    client = as_user(director)
    add = reverse(Theme.snippet_viewset.get_url_name("add"))
    data = {"name": "Santé", "slug": "sante", "sort_order": 1, "locale": locales["fr"].pk}
    assert client.post(add, {**data, "action-publish": "1"}).status_code == 302
    french = Theme.objects.get(slug="sante", locale=locales["fr"])
    assert french.live and french.live_revision_id is not None

    client = as_user(translator_ar)
    submit = reverse(
        "wagtail_localize:submit_snippet_translation",
        args=["resources", "theme", quote(french.pk)],
    )
    assert client.post(submit, {"locales": [locales["ar"].pk]}).status_code == 302
    arabic = french.get_translation(locales["ar"])
    shown = _editor(client, arabic)
    assert shown["isLive"] is False and shown["lastPublishedDate"] is None

    translation = Translation.objects.get(target_locale=locales["ar"])
    _translate(client, translation, "الصحة")
    review = reverse("translation_request_review", args=[translation.pk])
    assert client.post(review).status_code == 302
    arabic.refresh_from_db()
    assert _editor(client, arabic)["isLive"] is False
    assert Theme.labels("ar")["sante"] == "Santé"

    assert _approve(as_user(director), arabic).status_code == 302
    shown = _editor(as_user(translator_ar), arabic)
    assert shown["isLive"] is True and shown["lastPublishedDate"]
    assert Theme.labels("ar")["sante"] == "الصحة"


# What the database held before translations were reviewed: rows saved live, without revision.
BEFORE = [("resources", "0003_translations_reviewed"), ("partners", "0002_translations_reviewed")]


def _translated(model, locales, translation_key, **fields):
    """An Arabic row made by wagtail-localize before the review: live, with its translation."""
    arabic = model.objects.create(locale=locales["ar"], translation_key=translation_key, **fields)
    french = model.objects.get(translation_key=translation_key, locale=locales["fr"])
    source, _created = TranslationSource.get_or_create_from_instance(french)
    translation = Translation.objects.create(
        source=source, target_locale=locales["ar"], enabled=True
    )
    return arabic, translation


@pytest.mark.django_db(transaction=True)
def test_translations_published_before_the_review_show_as_published(
    client, as_user, director, translator_ar, locales, site
):
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    try:
        screens = Theme.objects.create(slug="ecrans", name="Écrans", locale=locales["fr"])
        screens_ar, _translation = _translated(
            Theme, locales, screens.translation_key, slug="ecrans", name="الشاشات"
        )
        homework = Theme.objects.create(slug="devoirs", name="Devoirs", locale=locales["fr"])
        homework_ar, homework_translation = _translated(
            Theme, locales, homework.translation_key, slug="devoirs", name="الواجبات"
        )
        partner = Partner.objects.create(
            site=site, locale=locales["fr"], name="Maison des familles", summary="Aide."
        )
        partner_ar, _translation = _translated(
            Partner, locales, partner.translation_key, site=site, name="Maison des familles",
            summary="مساعدة.",
        )  # fmt: skip
        long_ago = timezone.localdate() - datetime.timedelta(days=400)
        Partner.objects.filter(pk=partner_ar.pk).update(updated_on=long_ago)
        # A new wording of the Arabic homework sent for review then: families still read the
        # old one.
        _translate(as_user(translator_ar), homework_translation, "واجبات")
        review = reverse("translation_request_review", args=[homework_translation.pk])
        assert as_user(translator_ar).post(review).status_code == 302
    finally:
        executor = MigrationExecutor(connection)
        executor.migrate(executor.loader.graph.leaf_nodes())

    for user in (translator_ar, director):
        for row in (screens_ar, partner_ar, homework_ar):
            shown = _editor(as_user(user), row)
            assert shown["isLive"] is True, (user, row)
            assert shown["lastPublishedDate"], (user, row)
    # Families read what they read before, partners keep the date they were last updated on.
    assert Theme.labels("ar") == {"ecrans": "الشاشات", "devoirs": "الواجبات"}
    assert Partner.objects.get(pk=partner_ar.pk).updated_on == long_ago
    # The new wording is still the one in review, and approving it publishes it.
    homework_ar = Theme.objects.get(pk=homework_ar.pk)
    assert homework_ar.get_latest_revision_as_object().name == "واجبات"
    assert homework_ar.current_workflow_state.status == "in_progress"
    assert _approve(as_user(director), homework_ar).status_code == 302
    assert Theme.labels("ar")["devoirs"] == "واجبات"
    assert _editor(as_user(translator_ar), homework_ar)["isLive"] is True
