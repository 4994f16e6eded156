"""Logging in: by password or emailed code, sign-up as a Parent only, rate limits, proxies."""

import re

from django.contrib.auth import get_user_model
from django.core import mail

import pytest

from portal import roles
from tests.factories import UserFactory

LOGIN = "/fr/accounts/login/"
CODE_IN_MAIL = re.compile(r"^\s*([A-Z0-9]{4}-[A-Z0-9]{4})\s*$", re.MULTILINE)


@pytest.fixture
def family(locales):
    return UserFactory(email="famille@example.org", role=roles.PARENT, language="ar")


def test_login_with_password(client, family):
    """A parent logs in with email and password and lands on a page with a session."""
    response = client.post(
        LOGIN, {"login": "famille@example.org", "password": "correct horse battery staple"}
    )
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(family.pk)


def test_login_by_emailed_code_without_password(client, family):
    """A parent who keeps no password asks for a code, gets it by email, and is logged in."""
    family.set_unusable_password()
    family.save()
    response = client.post("/fr/accounts/login/code/", {"email": "famille@example.org"})
    assert response.status_code == 302
    assert response["Location"] == "/fr/accounts/login/code/confirm/"
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["famille@example.org"]
    code = CODE_IN_MAIL.search(message.body).group(1)

    page = client.get("/fr/accounts/login/code/confirm/")
    assert page.status_code == 200
    assert "account-page" in page.content.decode()

    response = client.post("/fr/accounts/login/code/confirm/", {"code": code})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(family.pk)


def test_login_code_email_is_in_the_users_language(client, family):
    """allauth's own emails follow the person's preferred language, not the page's."""
    client.post("/fr/accounts/login/code/", {"email": "famille@example.org"})
    assert "رمز" in mail.outbox[0].body or "رمز" in mail.outbox[0].subject


def test_wrong_login_code_is_refused_then_the_code_dies(client, family):
    """Guessing the code fails with a clear message, and after three tries it stops working."""
    client.post("/fr/accounts/login/code/", {"email": "famille@example.org"})
    for _attempt in range(3):
        response = client.post("/fr/accounts/login/code/confirm/", {"code": "AAAA-AAAA"})
        assert "_auth_user_id" not in client.session
    assert response.status_code in (200, 302)
    code = CODE_IN_MAIL.search(mail.outbox[0].body).group(1)
    client.post("/fr/accounts/login/code/confirm/", {"code": code})
    assert "_auth_user_id" not in client.session


def test_signup_makes_a_parent_and_never_another_role(client, locales):
    """Open sign-up gives the Parent role only, whatever extra fields are posted."""
    response = client.post(
        "/ar/accounts/signup/",
        {
            "email": "nouveau@example.org",
            "password1": "Une phrase assez longue 2026",
            "password2": "Une phrase assez longue 2026",
            "role": roles.DIRECTOR,
            "groups": "1",
            "is_staff": "on",
            "is_superuser": "on",
        },
    )
    assert response.status_code == 302
    user = get_user_model().objects.get(email="nouveau@example.org")
    assert roles.roles_of(user) == {roles.PARENT}
    assert not user.is_staff and not user.is_superuser
    assert user.language == "ar"


@pytest.mark.parametrize(
    "email",
    [
        "",
        "x" * 10_000,
        "<script>alert(1)</script>@example.org",
        "a\x00b@example.org",
        "' OR 1=1 --",
    ],
)
def test_signup_bad_input_is_refused_clearly(client, locales, email):
    """Wrong, huge or hostile input gives the form back with an error, never a 500."""
    response = client.post(
        "/fr/accounts/signup/", {"email": email, "password1": "x" * 10_000, "password2": "y"}
    )
    assert response.status_code == 200
    assert 'class="errorlist' in response.content.decode()
    assert not get_user_model().objects.exists()


@pytest.mark.parametrize(
    "login",
    ["", "x" * 10_000, "<b>famille@example.org</b>", "famille@example.org\x01", "' OR 1=1 --"],
)
def test_login_bad_input_is_refused_clearly(client, family, login):
    response = client.post(LOGIN, {"login": login, "password": "<script>" * 1000})
    assert response.status_code == 200
    assert 'class="errorlist' in response.content.decode()
    assert "_auth_user_id" not in client.session


def _password_login(client, password, address):
    return client.post(
        LOGIN, {"login": "famille@example.org", "password": password}, REMOTE_ADDR=address
    )


def test_repeated_failed_logins_lock_the_failing_client_out(client, family):
    """After five wrong passwords, that client is refused for a while, even the right password."""
    for _attempt in range(5):
        _password_login(client, "wrong", "192.0.2.1")
    response = _password_login(client, "correct horse battery staple", "192.0.2.1")
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
    assert 'class="errorlist' in response.content.decode()


def test_failed_logins_elsewhere_never_lock_the_owner_out(client, family):
    """Someone guessing from another address cannot keep the owner out of their account."""
    for _attempt in range(20):
        _password_login(client, "wrong", "192.0.2.1")
    response = _password_login(client, "correct horse battery staple", "198.51.100.7")
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(family.pk)


def test_the_emailed_code_still_works_from_a_locked_client(client, family):
    """Even on the address that failed too often, the owner signs in with the emailed code."""
    for _attempt in range(6):
        _password_login(client, "wrong", "192.0.2.1")
    client.post(
        "/fr/accounts/login/code/", {"email": "famille@example.org"}, REMOTE_ADDR="192.0.2.1"
    )
    code = CODE_IN_MAIL.search(mail.outbox[-1].body).group(1)
    response = client.post(
        "/fr/accounts/login/code/confirm/", {"code": code}, REMOTE_ADDR="192.0.2.1"
    )
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(family.pk)


def test_too_many_login_attempts_get_a_429_page_in_the_site_layout(client, family):
    """The login rate limit answers 429 with the site's page, in the visitor's language."""
    for _attempt in range(30):
        client.post("/ar/accounts/login/", {"login": "x@example.org", "password": "x"})
    response = client.post("/ar/accounts/login/", {"login": "x@example.org", "password": "x"})
    assert response.status_code == 429
    html = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert 'class="site-header"' in html
    assert 'href="/ar/accounts/login/"' in html


def test_rate_limit_keys_on_the_forwarded_client_behind_one_proxy(client, family, settings):
    """Behind one trusted proxy, each forwarded client has its own limit, and the addresses
    a client adds itself to X-Forwarded-For are ignored."""
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1

    def attempt(forwarded):
        return client.post(
            LOGIN,
            {"login": "x@example.org", "password": "x"},
            REMOTE_ADDR="10.0.0.1",
            HTTP_X_FORWARDED_FOR=forwarded,
        )

    for number in range(30):
        # The client forges a new first address each time: the proxy's entry is what counts.
        assert attempt(f"192.0.2.{number}, 203.0.113.5").status_code == 200
    assert attempt("192.0.2.250, 203.0.113.5").status_code == 429
    assert attempt("203.0.113.5").status_code == 429
    assert attempt("198.51.100.7").status_code == 200


def test_without_trusted_proxy_the_forwarded_header_is_ignored(client, family, settings):
    """With no proxy configured, X-Forwarded-For cannot buy a fresh limit."""
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 0
    for number in range(30):
        client.post(
            LOGIN,
            {"login": "x@example.org", "password": "x"},
            HTTP_X_FORWARDED_FOR=f"192.0.2.{number}",
        )
    response = client.post(
        LOGIN, {"login": "x@example.org", "password": "x"}, HTTP_X_FORWARDED_FOR="198.51.100.7"
    )
    assert response.status_code == 429


@pytest.mark.parametrize("language", ["fr", "ar", "uk"])
@pytest.mark.parametrize(
    "path",
    [
        "login/",
        "login/code/",
        "signup/",
        "password/reset/",
    ],
)
def test_entrance_pages_use_the_site_layout(client, locales, language, path):
    """allauth's pages have the site's header, language switcher and the right direction."""
    response = client.get(f"/{language}/accounts/{path}")
    assert response.status_code == 200
    html = response.content.decode()
    direction = "rtl" if language == "ar" else "ltr"
    assert f'<html lang="{language}" dir="{direction}">' in html
    assert 'class="language-switcher"' in html
    assert 'class="account-form"' in html
    assert "<label for=" in html


@pytest.mark.parametrize(
    "path",
    ["email/", "password/change/", "2fa/", "logout/", "reauthenticate/", "profile/"],
)
def test_management_pages_use_the_site_layout(login_as, family, path):
    client = login_as(family)
    response = client.get(f"/ar/accounts/{path}")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert 'class="site-header"' in html
    assert 'href="/ar/accounts/profile/"' in html


def test_password_field_errors_are_tied_to_the_input(client, locales):
    """Screen readers hear the error with the field: aria-describedby points at it."""
    response = client.post(
        "/fr/accounts/signup/",
        {"email": "a@example.org", "password1": "court", "password2": "court"},
    )
    html = response.content.decode()
    match = re.search(r'<input[^>]+name="password1"[^>]*>', html)
    assert match and 'aria-invalid="true"' in match.group(0)
    assert "id_password1_error" in match.group(0)
    assert 'id="id_password1_error"' in html


def test_allauth_emails_carry_the_schools_name(client, family, home):
    """Parents recognise the sender: the school's name, not the server's host name."""
    client.post("/fr/accounts/login/code/", {"email": "famille@example.org"})
    message = mail.outbox[0]
    assert message.subject.startswith("[École Passerelle] ")
    assert "École Passerelle" in message.body
    assert "testserver !" not in message.body
