"""A family changes its gazette subscription (language, classes) and then stops it: without an
account from the link in the gazette's email, and signed in from the profile; in French and in
Arabic, on a phone and on a desktop; every page passes axe-core."""

import re

from django.core import mail
from django.test import Client

import pytest

from pages.gazette.models import GazetteSettings, GazetteSubscription
from tests.conftest import translate
from tests.e2e.conftest import DESKTOP, PHONE_LARGE, assert_accessible, screenshot
from tests.factories import SchoolClassFactory, UserFactory
from tests.pages.gazette.factories import (
    GazetteIndexPageFactory,
    GazettePageFactory,
    GazetteSubscriptionFactory,
    mail_leaves_at_any_hour,
    sections,
)

pytestmark = pytest.mark.django_db(transaction=True)

VIEWPORTS = {"phone": PHONE_LARGE, "desktop": DESKTOP}


@pytest.fixture
def gazette(home, site, locales):
    translate(home, "ar", title="مرحبًا بكم في المدرسة")
    settings = GazetteSettings.for_site(site)
    settings.rhythm = "FREQ=DAILY;BYHOUR=10;BYMINUTE=0"
    settings.save()
    mail_leaves_at_any_hour(site)
    archive = GazetteIndexPageFactory(parent=home)
    translate(archive, "ar", title="الجريدة")
    classes = [
        SchoolClassFactory(site=site, name=name, level=level, sort_order=n)
        for n, (name, level) in enumerate([("CP A", "CP"), ("CM1 B", "CM1")])
    ]
    return archive, classes


def _change_then_stop(page, subscription, language, name, classes):
    """On the manage page: the address once, Turkish and the CP A instead, then unsubscribe."""
    cp, cm1 = classes
    assert page.locator("html").get_attribute("lang") == language
    assert page.inner_text("main").count(subscription.email) == 1
    assert_accessible(page)
    screenshot(page, name)
    prefix = f"#id_s{subscription.pk}"
    page.select_option(f"{prefix}-language", "tr")
    page.check(f"input[name='s{subscription.pk}-classes'][value='{cp.pk}']")
    page.uncheck(f"input[name='s{subscription.pk}-classes'][value='{cm1.pk}']")
    page.locator("button[value=save]").click()
    page.wait_for_selector("[role=status]")
    assert_accessible(page)
    subscription.refresh_from_db()
    assert subscription.language == "tr"
    assert list(subscription.classes.all()) == [cp]
    # The page itself stays in the visitor's language; the summary names the new choices.
    assert page.locator("html").get_attribute("lang") == language
    assert "CP A" in page.inner_text(".gazette-subscription")
    page.locator("button[value=unsubscribe]").click()
    page.wait_for_selector("[role=status]")
    assert_accessible(page)
    screenshot(page, f"{name}-unsubscribed")
    assert not GazetteSubscription.objects.filter(pk=subscription.pk).exists()


@pytest.mark.parametrize("viewport", ["phone", "desktop"])
@pytest.mark.parametrize("language", ["fr", "ar"])
def test_from_the_link_in_the_email(gazette, live_server, page_factory, language, viewport):
    archive, classes = gazette
    subscription = GazetteSubscriptionFactory(
        site=archive.get_site(), email="samira@example.org", language=language, classes=[classes[1]]
    )
    issue = GazettePageFactory(parent=archive, sections=sections(classes), live=False)
    translate(issue, "ar", title="جريدة نوفمبر")
    issue.save_revision().publish()
    (received,) = mail.outbox
    path = re.search(r"http://testserver(/\w+/gazette/manage/\S+/)", received.body).group(1)
    assert path.startswith(f"/{language}/")

    page = page_factory(viewport=VIEWPORTS[viewport])
    page.goto(live_server.url + path)
    _change_then_stop(
        page, subscription, language, f"gazette-manage-{language}-{viewport}", classes
    )


@pytest.mark.parametrize("viewport", ["phone", "desktop"])
@pytest.mark.parametrize("language", ["fr", "ar"])
def test_from_the_profile(gazette, live_server, page_factory, language, viewport):
    archive, classes = gazette
    user = UserFactory(email="karim@example.org", language=language)
    subscription = GazetteSubscriptionFactory(
        site=archive.get_site(), email=user.email, user=user, classes=[classes[1]]
    )
    client = Client()
    client.force_login(user, backend="allauth.account.auth_backends.AuthenticationBackend")
    page = page_factory(viewport=VIEWPORTS[viewport])
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    page.goto(f"{live_server.url}/{language}/accounts/profile/")
    assert "CM1 B" in page.inner_text("section[aria-labelledby=profile-gazette]")
    assert_accessible(page)
    page.locator("section[aria-labelledby=profile-gazette] a[href$='/gazette/manage/']").click()
    page.wait_for_url(f"**/{language}/gazette/manage/")
    _change_then_stop(
        page, subscription, language, f"gazette-profile-manage-{language}-{viewport}", classes
    )
    assert "/gazette/subscribe/" in page.content()
