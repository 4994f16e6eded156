"""A Translator of Arabic and Turkish opens the status report, is offered only their languages,
sends the Arabic parents' space for review; Spanish is refused. Every page passes
axe-core."""

from django.test import Client
from django.urls import reverse

from wagtail.models import Page
from wagtail_localize.models import Translation, TranslationSource

import pytest

from portal import roles
from tests.e2e.conftest import DESKTOP, assert_accessible, screenshot
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db(transaction=True)


def signed_in(page_factory, live_server, user, locale):
    client = Client()
    client.force_login(user)
    page = page_factory(viewport=DESKTOP, locale=locale)
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    return page


def _translation(page, locale):
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    translation.save_target(publish=False)
    return translation


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_a_translator_works_in_their_languages_only(
    parent_space, locales, live_server, page_factory, language
):
    translator = UserFactory(email="leila@example.org", role=roles.TRANSLATOR, language=language)
    translator.translates_into = ["ar", "tr"]
    translator.save()
    arabic = _translation(parent_space, locales["ar"])
    spanish = _translation(parent_space, locales["es"])
    page = signed_in(page_factory, live_server, translator, f"{language}-FR")

    page.goto(f"{live_server.url}{reverse('translation_status')}")
    assert page.locator("table.listing").first.is_visible()
    assert_accessible(page)
    screenshot(page, f"translation-status-{language}")

    page.goto(
        f"{live_server.url}"
        f"{reverse('wagtail_localize:submit_page_translation', args=[parent_space.pk])}"
    )
    values = page.eval_on_selector_all("input[name='locales']", "els => els.map(e => e.value)")
    offered = {locale.language_code for locale in locales.values() if str(locale.pk) in values}
    # Arabic and Spanish are started already; of the rest, only Turkish is theirs.
    assert offered == {"tr"}
    assert_accessible(page)

    # The Arabic translation goes for review; the Spanish one is out of reach.
    page.goto(f"{live_server.url}{reverse('translation_request_review', args=[arabic.pk])}")
    assert_accessible(page)
    screenshot(page, f"translation-review-{language}")
    page.locator("main form [type=submit]").last.click()
    page.wait_for_load_state()
    assert Page.objects.get(pk=arabic.get_target_instance().pk).current_workflow_state

    refused = page.goto(
        f"{live_server.url}"
        f"{reverse('wagtailadmin_pages:edit', args=[spanish.get_target_instance().pk])}"
    )
    assert refused.status == 403
