"""allauth's forms, in the site's layout, answer wrong and hostile input with a clear error."""

import pytest

from portal import roles
from tests.factories import UserFactory

HOSTILE = [
    "",
    "x" * 10_000,
    "<script>alert(1)</script>",
    "\x00\x01\x1b[31m",
    "' OR 1=1 --",
]


@pytest.fixture
def family(locales):
    return UserFactory(email="famille@example.org", role=roles.PARENT)


def assert_clear_error(response):
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="errorlist' in html or 'class="notice notice--error"' in html
    assert "<script>alert(1)</script>" not in html


@pytest.mark.parametrize("value", HOSTILE)
@pytest.mark.parametrize(
    ("url", "field"),
    [
        ("/fr/accounts/login/code/", "email"),
        ("/ar/accounts/password/reset/", "email"),
    ],
)
def test_anonymous_forms(client, family, url, field, value):
    assert_clear_error(client.post(url, {field: value}))


@pytest.mark.parametrize("value", HOSTILE)
def test_login_code_confirmation(client, family, value):
    client.post("/fr/accounts/login/code/", {"email": family.email})
    assert_clear_error(client.post("/fr/accounts/login/code/confirm/", {"code": value}))
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize("value", HOSTILE)
def test_two_factor_code(client, director, value):
    client.post(
        "/fr/accounts/login/",
        {"login": director.email, "password": "correct horse battery staple"},
    )
    assert_clear_error(client.post("/fr/accounts/2fa/authenticate/", {"code": value}))
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize("value", HOSTILE)
@pytest.mark.parametrize(
    ("url", "data"),
    [
        ("/fr/accounts/email/", lambda v: {"action_add": "", "email": v}),
        ("/fr/accounts/reauthenticate/", lambda v: {"password": v}),
        (
            "/fr/accounts/password/change/",
            lambda v: {"oldpassword": v, "password1": v, "password2": "autre"},
        ),
    ],
)
def test_account_management_forms(login_as, family, url, data, value):
    assert_clear_error(login_as(family).post(url, data(value)))


def test_unknown_login_code_confirmation_without_a_request_is_not_an_error(client, locales):
    """Opening the confirmation page with no code requested leads back to the login."""
    response = client.get("/fr/accounts/login/code/confirm/")
    assert response.status_code == 302
