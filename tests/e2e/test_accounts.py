"""A parent logs in on a phone, by password or by an emailed code, in French and Arabic."""

import re

from django.core import mail
from django.core.cache import cache

import pytest

from portal import roles
from tests.e2e.conftest import DESKTOP, PHONE, assert_accessible, expect, screenshot
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db(transaction=True)

CODE_IN_MAIL = re.compile(r"^\s*([A-Z0-9]{4}-[A-Z0-9]{4})\s*$", re.MULTILINE)


@pytest.fixture
def family(home):
    cache.clear()
    return UserFactory(email="famille@example.org", role=roles.PARENT)


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_password_login_on_a_phone(family, live_server, page_factory, language):
    page = page_factory(viewport=PHONE)
    page.goto(f"{live_server.url}/{language}/accounts/login/")
    assert page.locator("html").get_attribute("dir") == ("rtl" if language == "ar" else "ltr")
    page.locator("#id_login").fill("famille@example.org")
    page.locator("#id_password").fill("wrong password")
    page.locator("form.account-form button[type=submit]").click()
    expect(page.locator(".errorlist").first).to_be_visible()
    assert_accessible(page)
    screenshot(page, f"account-login-error-{language}-phone")

    page.locator("#id_password").fill("correct horse battery staple")
    page.locator("form.account-form button[type=submit]").click()
    page.goto(f"{live_server.url}/{language}/accounts/profile/")
    assert "famille@example.org" in page.locator("main").inner_text()
    assert_accessible(page)
    screenshot(page, f"account-profile-{language}-phone")


@pytest.mark.parametrize("language", ["fr", "ar"])
@pytest.mark.parametrize("path", ["login/", "signup/", "login/code/"])
@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_entrance_pages_pass_axe(home, live_server, page_factory, language, path, viewport):
    page = page_factory(viewport=viewport)
    page.goto(f"{live_server.url}/{language}/accounts/{path}")
    assert page.locator("h1").count() == 1
    assert_accessible(page)


def test_signup_errors_pass_axe(home, live_server, page):
    page.goto(f"{live_server.url}/ar/accounts/signup/")
    page.locator("#id_email").fill("nouveau@example.org")
    page.locator("#id_password1").fill("court")
    page.locator("#id_password2").fill("court")
    page.locator("form.account-form button[type=submit]").click()
    assert page.locator("#id_password1").get_attribute("aria-invalid") == "true"
    assert_accessible(page)
    screenshot(page, "account-signup-errors-ar-phone")


def test_login_by_code_without_javascript(family, live_server, page_factory):
    """Everything is plain links and forms: the code flow needs no script."""
    page = page_factory(viewport=PHONE, javascript=False)
    page.goto(f"{live_server.url}/fr/accounts/login/")
    page.locator("a[href='/fr/accounts/login/code/']").click()
    page.locator("#id_email").fill("famille@example.org")
    page.locator("form.account-form button[type=submit]").click()
    assert page.url.endswith("/fr/accounts/login/code/confirm/")
    code = CODE_IN_MAIL.search(mail.outbox[-1].body).group(1)
    page.locator("#id_code").fill(code)
    screenshot(page, "account-code-confirm-fr-phone-nojs")
    page.locator("form.account-form button[type=submit]").first.click()
    page.goto(f"{live_server.url}/fr/accounts/profile/")
    assert "famille@example.org" in page.locator("main").inner_text()


def test_invited_teacher_creates_an_account_in_arabic(home, director, live_server, page):
    """The invitation page is accessible, and the account it creates has the role."""
    from portal.accounts import invitations
    from portal.accounts.models import Invitation

    invitation = Invitation.objects.create(
        email="prof@example.org", role=roles.TEACHER, language="ar", invited_by=director
    )
    token = invitations.make_token(invitation)
    page.goto(f"{live_server.url}/ar/accounts/invitations/accept/{token}/")
    assert page.locator("#invited-email").input_value() == "prof@example.org"
    page.locator("#id_password1").fill("court")
    page.locator("#id_password2").fill("court")
    page.locator("main form button[type=submit]").click()
    assert page.locator("#id_password1").get_attribute("aria-invalid") == "true"
    assert_accessible(page)
    screenshot(page, "account-invitation-errors-ar-phone")
    page.locator("#id_password1").fill("Une phrase assez longue 2026")
    page.locator("#id_password2").fill("Une phrase assez longue 2026")
    page.locator("main form button[type=submit]").click()
    invitation.refresh_from_db()
    assert invitation.accepted_at is not None
    assert roles.roles_of(invitation.accepted_by) == {roles.TEACHER}

    page.goto(f"{live_server.url}/ar/accounts/invitations/accept/{token}/")
    assert_accessible(page)
    screenshot(page, "account-invitation-used-ar-phone")
