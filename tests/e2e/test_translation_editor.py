"""A Translator of Arabic and Turkish works inside wagtail-localize's own editor: starts the
Arabic parents' space from "Translate this page", translates a segment, saves it and sends the
translation for review; Spanish is refused. Phone and desktop, French and Arabic admin; axe-core
finds nothing on any page visited."""

from django.urls import reverse

from wagtail.models import Page
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

import pytest

from portal import roles
from tests.e2e.conftest import DESKTOP, PHONE_LARGE, assert_accessible, screenshot, signed_in
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db(transaction=True)

TITLE = "فضاء الأولياء"
HEADINGS = {
    "fr": "Traduction\u00a0: Français → العربية",
    "ar": "الترجمة من Français إلى العربية",
}


def _started(page, locale):
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    translation.save_target(publish=False)
    return translation


def _accessible(page):
    """axe-core finds nothing, once Wagtail's messages have faded in (colours are read then)."""
    if page.locator(".messages li").count():
        page.wait_for_timeout(1000)
    assert_accessible(page)


@pytest.mark.parametrize("language", ["fr", "ar"])
@pytest.mark.parametrize("viewport", [PHONE_LARGE, DESKTOP], ids=["phone", "desktop"])
def test_a_translator_translates_a_page_in_the_editor(
    parent_space, locales, director, live_server, page_factory, language, viewport
):
    translator = UserFactory(email="leila@example.org", role=roles.TRANSLATOR, language=language)
    translator.translates_into = ["ar", "tr"]
    translator.save()
    spanish = _started(parent_space, locales["es"])
    page = signed_in(page_factory, live_server, translator, viewport, language)
    name = f"{language}-{'phone' if viewport is PHONE_LARGE else 'desktop'}"

    # "Translate this page" offers Arabic and Turkish, not Spanish (started) nor any other.
    page.goto(
        f"{live_server.url}"
        f"{reverse('wagtail_localize:submit_page_translation', args=[parent_space.pk])}"
    )
    values = page.eval_on_selector_all("input[name='locales']", "els => els.map(e => e.value)")
    assert set(values) == {str(locales["ar"].pk), str(locales["tr"].pk)}
    _accessible(page)
    screenshot(page, f"translation-submit-{name}")
    page.check(f"input[name='locales'][value='{locales['ar'].pk}']")
    page.locator("main form [type=submit]").last.click()
    page.wait_for_load_state()

    # The editor of the new Arabic page.
    arabic = parent_space.get_translation(locales["ar"])
    assert page.url.endswith(reverse("wagtailadmin_pages:edit", args=[arabic.pk]))
    editor = page.locator(".js-translation-editor")
    segment = editor.locator("li.incomplete").first
    segment.wait_for()
    # The editor's title is in the admin's language, not in English.
    editor.get_by_text(HEADINGS[language], exact=True).first.wait_for()
    _accessible(page)
    screenshot(page, f"translation-editor-{name}")

    segment.locator("button").first.click()
    segment.locator("textarea").fill(TITLE)
    _accessible(page)
    with page.expect_response(
        lambda response: "/strings/" in response.url and response.request.method == "PUT"
    ) as saved:
        segment.locator("button").last.click()
    assert saved.value.ok
    editor.locator("li.complete").first.wait_for()
    assert StringTranslation.objects.filter(data=TITLE, locale=locales["ar"]).exists()
    _accessible(page)
    screenshot(page, f"translation-editor-saved-{name}")

    # Sent for review from the page's header menu.
    translation = Translation.objects.get(target_locale=locales["ar"])
    review = reverse("translation_request_review", args=[translation.pk])
    link = page.locator(f"a[href='{review}']")
    link.click()
    page.wait_for_load_state()
    assert page.url.endswith(review)
    _accessible(page)
    page.locator("main form [type=submit]").last.click()
    page.wait_for_load_state()
    arabic = Page.objects.get(pk=arabic.pk)
    assert arabic.current_workflow_state
    assert arabic.get_latest_revision_as_object().title == TITLE
    assert not arabic.live
    _accessible(page)
    screenshot(page, f"translation-sent-{name}")

    # Spanish stays out of reach, in the editor and by its address.
    refused = page.goto(
        f"{live_server.url}"
        f"{reverse('wagtailadmin_pages:edit', args=[spanish.get_target_instance().pk])}"
    )
    assert refused.status == 403
    _accessible(page)
