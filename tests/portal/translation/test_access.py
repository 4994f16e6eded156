"""Translators work in their own languages only: the form, the editor, the files, the source."""

from django.urls import reverse

from wagtail.models import Page
from wagtail_localize.models import Translation

import pytest


def _submit_url(page):
    return reverse("wagtail_localize:submit_page_translation", args=[page.pk])


def test_the_translate_form_lists_only_the_translators_languages(
    as_user, translator_ar, parent_space, locales
):
    response = as_user(translator_ar).get(_submit_url(parent_space))
    assert response.status_code == 200
    offered = set(response.context["form"].fields["locales"].queryset)
    assert offered == {locales["ar"], locales["tr"]}


def test_a_translator_starts_a_translation_in_their_language(
    as_user, translator_ar, parent_space, locales
):
    response = as_user(translator_ar).post(
        _submit_url(parent_space), {"locales": [locales["ar"].pk]}
    )
    assert response.status_code == 302
    started = parent_space.get_translation_or_none(locales["ar"])
    assert started is not None
    # A draft, in French until translated: families see nothing of it before the review.
    assert parent_space.live and not started.live


@pytest.mark.parametrize("forged", [["es"], ["ar", "es"], ["fr"]])
def test_a_forged_post_for_another_language_is_refused(
    as_user, translator_ar, parent_space, locales, forged
):
    response = as_user(translator_ar).post(
        _submit_url(parent_space), {"locales": [locales[code].pk for code in forged]}
    )
    assert response.status_code == 403
    assert not Translation.objects.exists()


def test_a_forged_locale_value_is_refused(as_user, translator_ar, parent_space):
    response = as_user(translator_ar).post(_submit_url(parent_space), {"locales": ["1 OR 1=1"]})
    assert response.status_code == 403


@pytest.fixture
def spanish(parent_space, locales, start, director):
    return start(parent_space, locales["es"], director)


@pytest.fixture
def arabic(parent_space, locales, start, director):
    return start(parent_space, locales["ar"], director)


def test_the_editor_opens_in_the_translators_language(as_user, translator_ar, arabic):
    page = arabic.get_target_instance()
    response = as_user(translator_ar).get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    assert b"js-translation-editor" in response.content


def test_every_view_of_another_language_is_refused(as_user, translator_ar, spanish):
    client = as_user(translator_ar)
    page = spanish.get_target_instance()
    segment = spanish.source.stringsegment_set.first()
    refused = [
        ("get", reverse("wagtailadmin_pages:edit", args=[page.pk])),
        ("post", reverse("wagtailadmin_pages:edit", args=[page.pk])),
        ("get", reverse("wagtail_localize:download_pofile", args=[spanish.pk])),
        ("post", reverse("wagtail_localize:upload_pofile", args=[spanish.pk])),
        ("post", reverse("wagtail_localize:machine_translate", args=[spanish.pk])),
        ("get", reverse("wagtail_localize:preview_translation", args=[spanish.pk])),
        ("post", reverse("wagtail_localize:stop_translation", args=[spanish.pk])),
        (
            "post",
            reverse("wagtail_localize:edit_string_translation", args=[spanish.pk, segment.pk]),
        ),
        ("get", reverse("translation_request_review", args=[spanish.pk])),
        ("post", reverse("wagtailadmin_pages:add_subpage", args=[page.pk])),
        ("post", reverse("wagtailadmin_pages:delete", args=[page.pk])),
    ]
    for method, url in refused:
        response = getattr(client, method)(url, {"value": "hola"})
        assert response.status_code == 403, url
    assert not spanish.source.stringsegment_set.filter(string__translations__data="hola").exists()


def test_the_source_page_is_out_of_a_translators_reach(as_user, translator_ar, parent_space):
    client = as_user(translator_ar)
    fresh = type(translator_ar).objects.get(pk=translator_ar.pk)
    assert not parent_space.permissions_for_user(fresh).can_edit()
    assert not parent_space.permissions_for_user(fresh).can_publish()
    for method in ("get", "post"):
        url = reverse("wagtailadmin_pages:edit", args=[parent_space.pk])
        response = getattr(client, method)(url, {"title": "Changé"})
        assert response.status_code == 403
    assert Page.objects.get(pk=parent_space.pk).title == parent_space.title


@pytest.mark.parametrize(
    "sent",
    [{"action": "publish"}, {"action-publish": "1", "title": "مساحة الأهل", "slug": "ahl"}],
    ids=["translation-editor", "page-form"],
)
def test_a_translator_cannot_publish_a_translation_by_themself(
    client,
    as_user,
    translator_ar,
    parent_space,
    arabic,
    fill_strings,
    django_capture_on_commit_callbacks,
    sent,
):
    publisher = translator_ar
    fill_strings(arabic, "[مسودة ليلى]")
    page = arabic.get_target_instance()
    # wagtail-localize publishes once the request's transaction is committed.
    with django_capture_on_commit_callbacks(execute=True):
        response = as_user(publisher).post(reverse("wagtailadmin_pages:edit", args=[page.pk]), sent)
    assert response.status_code == 403
    page = Page.objects.get(pk=page.pk)
    assert not page.live and page.current_workflow_state is None
    # Families at its address still read the French page, none of the Arabic words.
    client.logout()
    html = client.get(page.url).content.decode()
    assert parent_space.title in html and "[مسودة ليلى]" not in html


def test_directors_translate_into_every_language(as_user, director, parent_space, locales):
    response = as_user(director).get(_submit_url(parent_space))
    offered = set(response.context["form"].fields["locales"].queryset)
    assert offered == {locale for code, locale in locales.items() if code != "fr"}
