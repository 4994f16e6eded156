"""A family subscribes to the gazette on a phone or a computer, confirms, receives the issue, confirms reading a
section with one click and unsubscribes, in French and in Arabic; every page and the email itself
pass axe-core."""

import re

from django.core import mail

import pytest

from pages.gazette.models import Acknowledgement, GazetteSettings, GazetteSubscription
from tests.conftest import translate
from tests.e2e.conftest import DESKTOP, PHONE, assert_accessible, expect, screenshot
from tests.factories import SchoolClassFactory
from tests.pages.gazette.factories import (
    GazetteIndexPageFactory,
    GazettePageFactory,
    mail_leaves_at_any_hour,
    sections,
)

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def gazette(home, site, locales):
    translate(home, "ar", title="مرحبًا بكم في المدرسة")
    settings = GazetteSettings.for_site(site)
    settings.rhythm = "FREQ=DAILY;BYHOUR=10;BYMINUTE=0"
    settings.save()
    mail_leaves_at_any_hour(site)
    archive = GazetteIndexPageFactory(parent=home)
    translate(archive, "ar", title="الجريدة")
    return archive, SchoolClassFactory(site=site, name="CM1 B", level="CM1")


def _link(kind, live_server):
    found = re.search(rf"http://testserver(/\w+/gazette/{kind}/\S+?)[\s\"]", mail.outbox[-1].body)
    return live_server.url + found.group(1)


@pytest.mark.parametrize("language", ["fr", "ar"])
@pytest.mark.parametrize("device", ["phone", "desktop"])
def test_subscribe_confirm_receive_acknowledge_unsubscribe(
    gazette, live_server, page_factory, language, device
):
    archive, cm1 = gazette
    page = page_factory(viewport={"phone": PHONE, "desktop": DESKTOP}[device])
    page.goto(f"{live_server.url}/{language}/gazette/subscribe/")
    assert_accessible(page)
    page.fill("#id_email", "pas-une-adresse")
    page.get_by_role("button").last.click()
    expect(page.locator("[role=alert]")).to_have_count(1)
    assert page.input_value("#id_email") == "pas-une-adresse"
    assert_accessible(page)
    page.fill("#id_email", "samira@example.org")
    page.select_option("#id_language", language)
    page.check(f"input[name=classes][value='{cm1.pk}']")
    page.get_by_role("button").last.click()
    expect(page.locator("main")).to_contain_text("samira@example.org")
    assert_accessible(page)
    screenshot(page, f"gazette-subscribed-{language}-{device}")

    page.goto(_link("confirm", live_server))
    assert_accessible(page)
    page.get_by_role("button").last.click()
    page.wait_for_selector("[role=status]")
    assert GazetteSubscription.objects.get().confirmed

    issue = GazettePageFactory(parent=archive, sections=sections([cm1]), live=False)
    translate(issue, "ar", title="جريدة نوفمبر")
    issue.save_revision().publish()
    received = mail.outbox[-1]
    html = received.alternatives[0][0]
    page.set_content(html)
    assert page.get_attribute("html", "lang") == language
    assert_accessible(page)
    screenshot(page, f"gazette-email-{language}-{device}")

    page.goto(_link("read", live_server))
    assert_accessible(page)
    page.get_by_role("button").last.click()
    page.wait_for_selector("[role=status]")
    assert Acknowledgement.objects.count() == 1

    page.goto(_link("unsubscribe", live_server))
    assert_accessible(page)
    page.get_by_role("button").last.click()
    page.wait_for_selector("[role=status]")
    assert_accessible(page)
    assert not GazetteSubscription.objects.exists()
