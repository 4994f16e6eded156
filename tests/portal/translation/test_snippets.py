"""Translators translate the translatable snippets (themes, partners…) into their own languages
only: never the French ones, never another language, whatever the address or the form says."""

from urllib.parse import urlencode

from django.contrib.admin.utils import quote
from django.urls import reverse

from wagtail.models import TranslatableMixin
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import Translation
from wagtail_localize.operations import translate_object

import pytest

from portal import roles
from tests.partners.factories import PartnerFactory
from tests.resources.factories import ThemeFactory


def _url(instance, action):
    namespace = instance.snippet_viewset.url_namespace
    return reverse(f"{namespace}:{action}", args=[quote(instance.pk)])


def _submit_url(instance):
    meta = instance._meta
    return reverse(
        "wagtail_localize:submit_snippet_translation",
        args=[meta.app_label, meta.model_name, quote(instance.pk)],
    )


def _put_string(client, translation, value):
    segment = translation.source.stringsegment_set.order_by("order").first()
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    return client.put(
        url, urlencode({"value": value}), content_type="application/x-www-form-urlencoded"
    )


def test_every_translatable_snippet_is_within_the_translators_reach():
    """A new translatable snippet must be listed in the roles, or Translators cannot reach it."""
    registered = {
        (model._meta.app_label, model._meta.model_name)
        for model in get_snippet_models()
        if issubclass(model, TranslatableMixin)
    }
    assert registered == set(roles.TRANSLATABLE_SNIPPETS)


@pytest.fixture(params=["theme", "partner"])
def french(request, locales):
    if request.param == "theme":
        return ThemeFactory(slug="sante", name="Santé et sommeil")
    return PartnerFactory(name="Maison des familles", summary="Aide aux démarches.")


def _start(snippet, locale, user):
    """What "Translate" does for a snippet: a translation, and a copy in `locale`."""
    translate_object(snippet, [locale], user=user)
    return Translation.objects.get(source__object_id=snippet.translation_key, target_locale=locale)


@pytest.fixture
def arabic(french, locales, director):
    return _start(french, locales["ar"], director)


@pytest.fixture
def spanish(french, locales, director):
    return _start(french, locales["es"], director)


def test_the_translate_form_lists_only_the_translators_languages(
    as_user, translator_ar, french, locales
):
    response = as_user(translator_ar).get(_submit_url(french))
    assert response.status_code == 200
    offered = set(response.context["form"].fields["locales"].queryset)
    assert offered == {locales["ar"], locales["tr"]}


def test_a_translator_translates_a_snippet_into_their_language(
    as_user, translator_ar, french, locales
):
    client = as_user(translator_ar)
    response = client.post(_submit_url(french), {"locales": [locales["ar"].pk]})
    assert response.status_code == 302
    target = french.get_translation(locales["ar"])
    translation = Translation.objects.get(target_locale=locales["ar"])

    response = client.get(_url(target, "edit"))
    assert response.status_code == 200
    assert b"js-translation-editor" in response.content
    # The editor offers to send it for review (the Translator does not publish).
    review = reverse("translation_request_review", args=[translation.pk])
    assert review in response.content.decode()

    assert _put_string(client, translation, "مرحبا بالعائلات").status_code in (200, 201)
    assert client.post(review).status_code == 302
    target.refresh_from_db()
    assert not target.live
    draft = target.get_latest_revision_as_object()
    assert "مرحبا بالعائلات" in {getattr(draft, "name", ""), getattr(draft, "summary", "")}


@pytest.mark.parametrize("forged", [["es"], ["ar", "es"], ["fr"], ["1 OR 1=1"]])
def test_a_forged_post_for_another_language_is_refused(
    as_user, translator_ar, french, locales, forged
):
    values = [locales[code].pk if code in locales else code for code in forged]
    response = as_user(translator_ar).post(_submit_url(french), {"locales": values})
    assert response.status_code == 403
    assert not Translation.objects.exists()
    assert french.get_translations().count() == 0


def test_the_french_snippet_is_out_of_a_translators_reach(as_user, translator_ar, french):
    client = as_user(translator_ar)
    name = str(french)
    for method, action in [
        ("get", "edit"),
        ("post", "edit"),
        ("get", "delete"),
        ("post", "delete"),
        ("post", "copy"),
    ]:
        response = getattr(client, method)(_url(french, action), {"name": "Changé"})
        assert response.status_code == 403, (method, action)
    add = reverse(f"{french.snippet_viewset.url_namespace}:add")
    assert client.post(add, {"name": "Nouveau", "slug": "nouveau"}).status_code == 403
    assert type(french).objects.count() == 1
    french.refresh_from_db()
    assert str(french) == name


def test_a_translator_deletes_no_translation(as_user, translator_ar, arabic):
    target = arabic.get_target_instance()
    response = as_user(translator_ar).post(_url(target, "delete"))
    assert response.status_code == 403
    assert type(target).objects.filter(pk=target.pk).exists()


def test_every_view_of_another_language_is_refused(as_user, translator_ar, spanish):
    client = as_user(translator_ar)
    target = spanish.get_target_instance()
    refused = [
        ("get", _url(target, "edit")),
        ("post", _url(target, "edit")),
        ("get", reverse("wagtail_localize:download_pofile", args=[spanish.pk])),
        ("post", reverse("wagtail_localize:upload_pofile", args=[spanish.pk])),
        ("get", reverse("wagtail_localize:preview_translation", args=[spanish.pk])),
        ("post", reverse("wagtail_localize:stop_translation", args=[spanish.pk])),
    ]
    for method, url in refused:
        response = getattr(client, method)(url, {"action": "publish"})
        assert response.status_code == 403, url
    assert _put_string(client, spanish, "hola").status_code == 403
    assert not spanish.source.stringsegment_set.filter(string__translations__data="hola").exists()


def test_the_translator_of_another_language_is_refused_the_arabic_one(
    as_user, translator_es, arabic, locales
):
    client = as_user(translator_es)
    target = arabic.get_target_instance()
    assert client.get(_url(target, "edit")).status_code == 403
    assert _put_string(client, arabic, "hola").status_code == 403
    offered = client.get(_submit_url(arabic.source.get_source_instance()))
    assert locales["ar"] not in offered.context["form"].fields["locales"].queryset


@pytest.mark.parametrize("who", ["anonymous", "parent"])
def test_visitors_and_parents_translate_nothing(client, parent, french, arabic, locales, who):
    if who == "parent":
        client.force_login(parent)
    target = arabic.get_target_instance()
    name = str(target)
    for method, url in [
        ("get", _submit_url(french)),
        ("post", _submit_url(french)),
        ("get", _url(target, "edit")),
        ("post", _url(target, "edit")),
        ("post", _url(french, "delete")),
    ]:
        response = getattr(client, method)(
            url, {"locales": [locales["tr"].pk], "action": "publish"}
        )
        assert response.status_code in (302, 403), url
        assert response.status_code == 403 or "/login/" in response["Location"], url
    assert _put_string(client, arabic, "hola").status_code in (302, 403)
    assert not arabic.source.stringsegment_set.filter(string__translations__data="hola").exists()
    assert french.get_translation_or_none(locales["tr"]) is None
    target.refresh_from_db()
    assert str(target) == name
    assert type(french).objects.filter(pk=french.pk).exists()


def test_the_sync_of_every_language_is_offered_to_the_director_only(
    as_user, translator_ar, director, arabic, french
):
    """Syncing every language at once answers 403 to a Translator: the listing does not offer it."""
    listing = reverse(f"{french.snippet_viewset.url_namespace}:list")
    sync = reverse("wagtail_localize:update_translations", args=[arabic.source_id])
    assert sync in as_user(director).get(listing).content.decode()
    shown = as_user(translator_ar).get(listing)
    assert shown.status_code == 200
    assert sync not in shown.content.decode()
    assert as_user(translator_ar).get(sync).status_code == 403
