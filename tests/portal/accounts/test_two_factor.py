"""Everyone who can open the admin uses a second factor, and no login path skips allauth's
checks. Families keep the emailed code, and are told the admin is not for them."""

import re
import time
from urllib.parse import unquote

from django.core import mail

from wagtail.models import PageViewRestriction

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, hotp_value

from portal import roles
from tests.factories import TOTP_SECRET as SECRET
from tests.factories import UserFactory
from tests.i18n import french

PASSWORD = "correct horse battery staple"
ADMIN_ROLES = [roles.DIRECTOR, roles.TEACHER, roles.TRANSLATOR]
CODE_IN_MAIL = re.compile(r"^\s*([A-Z0-9]{4}-[A-Z0-9]{4})\s*$", re.MULTILINE)


def current_code(secret=SECRET, steps=0):
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30 + steps))


def password_login(client, email):
    return client.post("/fr/accounts/login/", {"login": email, "password": PASSWORD})


@pytest.fixture
def director_with_totp(director):
    assert Authenticator.objects.filter(user=director, type=Authenticator.Type.TOTP).exists()
    return director


@pytest.mark.parametrize("role", ADMIN_ROLES)
def test_staff_without_totp_are_sent_to_set_it_up(login_as, locales, role):
    """The admin holds families' data: no role that opens it goes in on a password alone."""
    client = login_as(UserFactory(email="staff@example.org", role=role, totp=False))
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].endswith("/accounts/2fa/totp/activate/")
    assert client.get("/admin/pages/").status_code == 302


@pytest.mark.parametrize("role", ADMIN_ROLES)
def test_staff_with_totp_reach_the_admin(login_as, users_by_role, role):
    assert login_as(users_by_role[role]).get("/admin/").status_code == 200


@pytest.mark.parametrize("role", ADMIN_ROLES)
def test_staff_enrol_totp_get_recovery_codes_then_reach_the_admin(client, locales, role):
    """The whole path: password login, sent to set up the app, code accepted, recovery codes
    shown, admin opens."""
    person = UserFactory(email="staff@example.org", role=role, totp=False)
    assert password_login(client, person.email).status_code == 302
    response = client.get("/admin/")
    activate = response["Location"]
    # allauth asks for the password again before a second factor is added.
    reauthenticate = client.get(activate)
    assert reauthenticate["Location"].startswith("/fr/accounts/reauthenticate/")
    client.post(reauthenticate["Location"], {"password": PASSWORD})
    page = client.get(activate)
    assert page.status_code == 200
    secret = re.search(r'id="authenticator_secret"[^>]*value="([A-Z2-7]+)"', page.content.decode())
    assert secret, "the page shows the secret to type into the app"
    response = client.post(activate, {"code": current_code(secret.group(1))})
    assert response.status_code == 302
    assert response["Location"] == "/fr/accounts/2fa/recovery-codes/"
    assert Authenticator.objects.filter(user=person, type=Authenticator.Type.TOTP).exists()
    assert Authenticator.objects.filter(
        user=person, type=Authenticator.Type.RECOVERY_CODES
    ).exists()
    assert client.get("/admin/").status_code == 200


def test_a_teacher_without_the_phone_logs_in_with_a_recovery_code(client, teacher):
    codes = RecoveryCodes.activate(teacher).generate_codes()
    assert password_login(client, teacher.email)["Location"] == "/fr/accounts/2fa/authenticate/"
    assert "_auth_user_id" not in client.session
    client.post("/fr/accounts/2fa/authenticate/", {"code": codes[0]})
    assert client.session["_auth_user_id"] == str(teacher.pk)
    assert client.get("/admin/").status_code == 200


@pytest.mark.parametrize("role", [roles.PARENT, roles.REPRESENTATIVE])
def test_families_keep_the_emailed_code_without_a_second_factor(client, users_by_role, role):
    """A representative who never opens the admin signs in with the emailed code alone."""
    person = users_by_role[role]
    assert not Authenticator.objects.filter(user=person).exists()
    client.post("/fr/accounts/login/code/", {"email": person.email})
    code = CODE_IN_MAIL.search(mail.outbox[0].body).group(1)
    response = client.post("/fr/accounts/login/code/confirm/", {"code": code})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(person.pk)


def test_a_representative_opening_the_admin_sets_up_a_second_factor_first(login_as, representative):
    """Representatives may edit the charter in the admin, behind the same second factor."""
    client = login_as(representative)
    response = client.get("/admin/")
    assert response["Location"].endswith("/accounts/2fa/totp/activate/")
    assert client.get("/admin/pages/").status_code == 302
    TOTP.activate(representative, SECRET)
    assert client.get("/admin/").status_code == 200


def test_a_representative_with_a_second_factor_is_asked_for_it_after_the_code(client, locales):
    person = UserFactory(email="rep@example.org", role=roles.REPRESENTATIVE, totp=True)
    client.post("/fr/accounts/login/code/", {"email": person.email})
    code = CODE_IN_MAIL.search(mail.outbox[0].body).group(1)
    response = client.post("/fr/accounts/login/code/confirm/", {"code": code})
    assert response["Location"] == "/fr/accounts/2fa/authenticate/"
    assert "_auth_user_id" not in client.session
    client.post("/fr/accounts/2fa/authenticate/", {"code": current_code()})
    assert client.session["_auth_user_id"] == str(person.pk)
    assert client.get("/admin/").status_code == 200


def test_families_opening_the_admin_are_told_it_is_not_for_them(login_as, parent):
    """No loop between /admin/ and the login page: one clear page, with the way home."""
    person = parent
    response = login_as(person).get("/admin/", follow=True)
    assert response.redirect_chain == []
    assert response.status_code == 403
    body = response.content.decode()
    assert french("This area is for the school team") in body
    assert 'class="site-header"' in body
    assert 'href="/fr/"' in body


def test_the_admin_refusal_speaks_the_persons_language(login_as, locales, home):
    from django.utils import translation

    person = UserFactory(email="famille@example.org", role=roles.PARENT, language="ar")
    response = login_as(person).get("/admin/pages/")
    assert response.status_code == 403
    body = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in body
    with translation.override("ar"):
        assert translation.gettext("This area is for the school team") in body


def test_director_with_totp_is_asked_for_the_code_at_login(client, director_with_totp):
    response = password_login(client, director_with_totp.email)
    assert response["Location"] == "/fr/accounts/2fa/authenticate/"
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/").status_code == 302

    wrong = client.post("/fr/accounts/2fa/authenticate/", {"code": "000000"})
    assert wrong.status_code == 200
    assert "_auth_user_id" not in client.session

    client.post("/fr/accounts/2fa/authenticate/", {"code": current_code()})
    assert client.session["_auth_user_id"] == str(director_with_totp.pk)
    assert client.get("/admin/").status_code == 200


@pytest.mark.parametrize("steps, accepted", [(-1, True), (1, True), (-3, False), (3, False)])
def test_a_code_from_a_phone_a_little_off_the_clock_is_accepted_but_not_an_old_one(
    client, director_with_totp, steps, accepted
):
    password_login(client, director_with_totp.email)
    client.post("/fr/accounts/2fa/authenticate/", {"code": current_code(steps=steps)})
    assert (client.get("/admin/").status_code == 200) is accepted


def test_login_by_code_still_asks_a_director_for_the_second_factor(client, director_with_totp):
    client.post("/fr/accounts/login/code/", {"email": director_with_totp.email})
    code = CODE_IN_MAIL.search(mail.outbox[0].body).group(1)
    response = client.post("/fr/accounts/login/code/confirm/", {"code": code})
    assert response["Location"] == "/fr/accounts/2fa/authenticate/"
    assert "_auth_user_id" not in client.session


def test_anonymous_admin_visit_goes_to_the_allauth_login(client, locales):
    response = client.get("/admin/", follow=True)
    assert [unquote(url) for url, _status in response.redirect_chain] == [
        "/fr/accounts/login/?next=/admin/"
    ]


def test_admin_login_page_sends_to_the_allauth_login(client, locales):
    response = client.get("/admin/login/?next=/admin/pages/")
    assert response.status_code == 302
    assert response["Location"] == "/fr/accounts/login/?next=/admin/pages/"


def test_admin_login_page_refuses_outside_next(client, locales):
    response = client.get("/admin/login/?next=https://evil.example/")
    assert response["Location"] == "/fr/accounts/login/?next=/admin/"


def test_admin_login_form_cannot_be_used_to_skip_two_factor(client, director_with_totp):
    """Posting credentials to Wagtail's own login form logs nobody in."""
    response = client.post(
        "/admin/login/", {"username": director_with_totp.email, "password": PASSWORD}
    )
    assert response.status_code == 405
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/").status_code == 302


def test_admin_password_reset_goes_to_allauth(client, locales):
    response = client.get("/admin/password_reset/")
    assert response.status_code == 302
    assert response["Location"] == "/fr/accounts/password/reset/"


def test_private_page_sends_visitors_to_the_allauth_login(client, parent_space):
    PageViewRestriction.objects.create(page=parent_space, restriction_type="login")
    response = client.get(parent_space.url, follow=True)
    assert [unquote(url) for url, _status in response.redirect_chain] == [
        f"/fr/accounts/login/?next={parent_space.url}"
    ]
    assert response.status_code == 200


def test_wagtail_frontend_login_form_is_closed(client, home):
    response = client.get("/_util/login/?next=/fr/")
    assert response["Location"] == "/fr/accounts/login/?next=/fr/"
    assert client.post("/_util/login/", {"username": "x", "password": "y"}).status_code == 405


def test_a_superuser_sets_up_a_second_factor_too(login_as, locales):
    admin = UserFactory(email="root@example.org", is_superuser=True, is_staff=True, totp=False)
    client = login_as(admin)
    assert client.get("/admin/")["Location"].endswith("/accounts/2fa/totp/activate/")
    TOTP.activate(admin, SECRET)
    assert client.get("/admin/").status_code == 200
