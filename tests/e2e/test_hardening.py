"""What a visitor sees when the site says no or cannot answer: password-protected pages, expired
forms, bad requests, a database at rest; and no browser console error from the security headers."""

from django.core.cache import cache
from django.test import RequestFactory

from wagtail.models import PageViewRestriction

import pytest

from portal import unavailable
from tests.e2e.conftest import DESKTOP, PHONE, assert_accessible, expect, screenshot
from tests.i18n import in_language
from tests.pages.home.factories import StandardPageFactory

pytestmark = pytest.mark.django_db(transaction=True)

LANGUAGES = ["fr", "ar"]
VIEWPORTS = pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])


@pytest.fixture
def outing(home):
    cache.clear()
    page = StandardPageFactory(parent=home, title="Photos de la sortie", slug="sortie")
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="sortie-du-mardi"
    )
    return page


def test_security_headers_raise_no_console_error(home, live_server, page):
    messages = []
    page.on("console", lambda message: messages.append(message.text))
    response = page.goto(f"{live_server.url}/fr/")
    assert "camera=()" in response.headers["permissions-policy"]
    page.wait_for_load_state("load")
    assert [m for m in messages if "Permissions-Policy" in m or "frame" in m.lower()] == []


@pytest.mark.parametrize("language", LANGUAGES)
@VIEWPORTS
def test_a_password_page_then_too_many_tries(outing, live_server, page_factory, language, viewport):
    """The form is in the site's layout; after five wrong tries it says to wait, in the
    visitor's language, and still shows nothing of the page."""
    name = "phone" if viewport is PHONE else "desktop"
    page = page_factory(viewport=viewport)
    page.goto(f"{live_server.url}/{language}/sortie/")
    assert page.locator("html").get_attribute("dir") == ("rtl" if language == "ar" else "ltr")
    assert "Photos de la sortie" not in page.content()
    assert_accessible(page)
    screenshot(page, f"password-form-{language}-{name}")
    for _attempt in range(5):
        page.locator("input[type=password]").fill("mauvais")
        page.locator("form.account-form button[type=submit]").click()
    page.locator("input[type=password]").fill("sortie-du-mardi")
    page.locator("form.account-form button[type=submit]").click()
    message = "Too many wrong passwords. Please wait a few minutes, then try again."
    expect(page.locator("main")).to_contain_text(in_language(language, message))
    assert "Photos de la sortie" not in page.content()
    assert_accessible(page)
    screenshot(page, f"password-too-many-{language}-{name}")


@pytest.mark.parametrize("language", LANGUAGES)
@VIEWPORTS
def test_an_expired_form_is_explained(home, live_server, page_factory, language, viewport):
    name = "phone" if viewport is PHONE else "desktop"
    page = page_factory(viewport=viewport)
    page.goto(f"{live_server.url}/{language}/accounts/login/")
    page.context.clear_cookies()
    page.locator("#id_login").fill("famille@example.org")
    page.locator("#id_password").fill("x")
    page.locator("form.account-form button[type=submit]").click()
    expect(page.locator("h1")).to_contain_text(in_language(language, "This form has expired"))
    assert_accessible(page)
    screenshot(page, f"form-expired-{language}-{name}")


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_bad_request_gets_the_sites_page(home, live_server, page_factory, settings, language):
    page = page_factory(viewport=PHONE)
    settings.ALLOWED_HOSTS = ["school.example"]
    response = page.goto(f"{live_server.url}/{language}/")
    assert response.status == 400
    assert in_language(language, "The site could not understand this request") in page.content()
    assert_accessible(page)
    screenshot(page, f"bad-request-{language}-phone")


@pytest.mark.parametrize("language", LANGUAGES)
@VIEWPORTS
def test_the_resting_page_reads_well(home, live_server, page_factory, language, viewport):
    """The 503 page as the site renders it without a database, styled by the site's own CSS."""
    name = "phone" if viewport is PHONE else "desktop"
    answer = unavailable.response(RequestFactory().get(f"/{language}/"))
    page = page_factory(viewport=viewport)
    page.route(
        f"{live_server.url}/{language}/",
        lambda route: route.fulfill(
            status=503, body=answer.content, headers={"Content-Type": "text/html; charset=utf-8"}
        ),
    )
    page.goto(f"{live_server.url}/{language}/")
    assert page.locator("html").get_attribute("lang") == language
    assert_accessible(page)
    screenshot(page, f"resting-{language}-{name}")


def test_signing_up_ends_on_the_check_your_email_page(home, live_server, page):
    cache.clear()
    page.goto(f"{live_server.url}/ar/accounts/signup/")
    page.locator("#id_email").fill("nouveau@example.org")
    page.locator("#id_password1").fill("Une phrase assez longue 2026")
    page.locator("#id_password2").fill("Une phrase assez longue 2026")
    page.locator("form.account-form button[type=submit]").click()
    assert page.url.endswith("/ar/accounts/confirm-email/")
    assert_accessible(page)
    screenshot(page, "signup-check-email-ar-phone")
