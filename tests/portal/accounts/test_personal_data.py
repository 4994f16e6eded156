"""Every account can see and fix its details, download its data and delete itself."""

import datetime
import json

from django.contrib.auth import get_user_model
from django.core import mail

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator

from portal import roles
from portal.accounts import personal_data
from portal.accounts.models import Invitation
from tests.factories import UserFactory

PROFILE = "/fr/accounts/profile/"
EXPORT = "/fr/accounts/profile/export/"
DELETE = "/fr/accounts/profile/delete/"


@pytest.mark.parametrize("url", [PROFILE, EXPORT, DELETE])
def test_anonymous_visitors_are_sent_to_login(client, locales, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/fr/accounts/login/?next=")
    assert client.post(url).status_code == 302


def test_profile_saves_name_and_language_then_speaks_it(login_as, parent):
    client = login_as(parent)
    response = client.post(
        PROFILE, {"first_name": "Amina", "last_name": "Diallo", "language": "ar"}
    )
    assert response.status_code == 302
    assert response["Location"] == "/ar/accounts/profile/"
    parent.refresh_from_db()
    assert (parent.first_name, parent.last_name, parent.language) == ("Amina", "Diallo", "ar")
    page = client.get(response["Location"])
    assert '<html lang="ar" dir="rtl">' in page.content.decode()


def test_profile_links_to_every_account_tool(login_as, parent):
    html = login_as(parent).get(PROFILE).content.decode()
    for url in [
        "/fr/accounts/email/",
        "/fr/accounts/2fa/",
        EXPORT,
        DELETE,
        "/fr/accounts/password/change/",
    ]:
        assert f'href="{url}"' in html
    assert "/fr/accounts/invitations/" not in html


def test_profile_shows_invitations_to_directors_only(login_as, director):
    assert 'href="/fr/accounts/invitations/"' in login_as(director).get(PROFILE).content.decode()


@pytest.mark.parametrize(
    "data",
    [
        {"language": ""},
        {"language": "xx"},
        {"first_name": "x" * 10_000},
        {"last_name": "<script>alert(1)</script>\x1b"},
        {"first_name": "Amina\x00"},
    ],
)
def test_profile_bad_input_keeps_what_was_typed(login_as, parent, data):
    client = login_as(parent)
    response = client.post(
        PROFILE, {"first_name": "Amina", "last_name": "Diallo", "language": "fr", **data}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="errorlist' in html
    assert "<script>alert" not in html
    parent.refresh_from_db()
    assert parent.first_name == "Camille"


def test_export_holds_the_persons_data_and_nobody_elses(login_as, director, parent):
    EmailAddress.objects.filter(user=director).update(verified=True, primary=True)
    Invitation.objects.create(email="new@example.org", role=roles.TEACHER, invited_by=director)
    Invitation.objects.create(email="other@example.org", role=roles.TEACHER, invited_by=parent)
    assert Authenticator.objects.filter(user=director, type=Authenticator.Type.TOTP).exists()
    response = login_as(director).get(EXPORT)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert response["Content-Disposition"].startswith("attachment;")
    data = json.loads(response.content)
    assert data["profile"]["email"] == director.email
    assert data["profile"]["preferred_language"] == "fr"
    assert data["roles"] == [roles.DIRECTOR]
    assert data["email_addresses"] == [{"email": director.email, "verified": True, "primary": True}]
    assert [i["email"] for i in data["invitations"]["sent"]] == ["new@example.org"]
    assert data["two_factor_methods"] == ["totp"]
    assert "SECRETSECRET" not in response.content.decode()
    assert parent.email not in response.content.decode()


def test_other_apps_add_their_part_to_the_export(login_as, parent):
    personal_data.register("event_replies", lambda user: [{"event": "Kermesse", "who": user.pk}])
    try:
        data = json.loads(login_as(parent).get(EXPORT).content)
    finally:
        personal_data.unregister("event_replies")
    assert data["event_replies"] == [{"event": "Kermesse", "who": parent.pk}]


def test_a_section_name_cannot_be_taken_twice():
    personal_data.register("bookings", list)
    try:
        with pytest.raises(ValueError):
            personal_data.register("bookings", dict)
    finally:
        personal_data.unregister("bookings")


def test_delete_with_password_removes_the_account_and_logs_out(login_as, parent, home):
    client = login_as(parent)
    assert client.get(DELETE).status_code == 200
    response = client.post(DELETE, {"password": "correct horse battery staple"}, follow=True)
    assert not get_user_model().objects.filter(pk=parent.pk).exists()
    assert "_auth_user_id" not in client.session
    assert response.redirect_chain[0][0] == "/fr/"
    assert 'class="notice notice--success"' in response.content.decode()


def test_people_without_password_confirm_with_their_email(login_as, locales):
    person = UserFactory(email="code@example.org", role=roles.PARENT)
    person.set_unusable_password()
    person.save()
    client = login_as(person)
    assert client.post(DELETE, {"email": "other@example.org"}).status_code == 200
    assert get_user_model().objects.filter(pk=person.pk).exists()
    client.post(DELETE, {"email": " Code@Example.org "})
    assert not get_user_model().objects.filter(pk=person.pk).exists()


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"password": ""},
        {"password": "wrong"},
        {"password": "x" * 10_000},
        {"password": "<script>alert(1)</script>"},
        {"password": "\x00\x01"},
    ],
)
def test_delete_refuses_wrong_confirmation(login_as, parent, data):
    response = login_as(parent).post(DELETE, data)
    assert response.status_code == 200
    assert 'class="errorlist' in response.content.decode()
    assert get_user_model().objects.filter(pk=parent.pk).exists()


def test_the_last_director_cannot_delete_themself(login_as, director):
    client = login_as(director)
    response = client.post(DELETE, {"password": "correct horse battery staple"})
    assert response.status_code == 409
    assert "/fr/accounts/invitations/" in response.content.decode()
    assert get_user_model().objects.filter(pk=director.pk).exists()


def test_a_director_can_leave_when_another_remains(login_as, director, locales):
    UserFactory(email="adjointe@example.org", role=roles.DIRECTOR)
    login_as(director).post(DELETE, {"password": "correct horse battery staple"})
    assert not get_user_model().objects.filter(pk=director.pk).exists()
    assert mail.outbox == []


def test_profile_saves_the_persons_own_quiet_hours(login_as, parent):
    """A parent says: never before 8:00 or after 20:00, never on Sunday."""
    client = login_as(parent)
    response = client.post(
        PROFILE,
        {
            "first_name": "Amina",
            "last_name": "Diallo",
            "language": "fr",
            "no_email_before": "08:00",
            "no_email_after": "20:00",
            "no_email_days": ["6"],
        },
    )
    assert response.status_code == 302
    parent.refresh_from_db()
    assert (parent.no_email_before, parent.no_email_after) == (
        datetime.time(8),
        datetime.time(20),
    )
    assert parent.quiet_weekdays == {6}
    html = client.get(PROFILE).content.decode()
    assert 'value="08:00"' in html and 'value="6" ' in html and "checked" in html


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"no_email_before": "20:00", "no_email_after": "08:00"}, "no_email_after"),
        ({"no_email_before": "25:00"}, "no_email_before"),
        ({"no_email_after": "x" * 10_000}, "no_email_after"),
        ({"no_email_after": "<script>"}, "no_email_after"),
        ({"no_email_days": [str(n) for n in range(7)]}, "no_email_days"),
        ({"no_email_days": ["9"]}, "no_email_days"),
        ({"no_email_days": ["\x00"]}, "no_email_days"),
    ],
)
def test_profile_refuses_quiet_hours_that_make_no_sense(login_as, parent, data, field):
    client = login_as(parent)
    response = client.post(
        PROFILE, {"first_name": "Amina", "last_name": "Diallo", "language": "fr", **data}
    )
    assert response.status_code == 200
    assert response.context["form"].errors[field]
    assert "<script>" not in response.content.decode()
    parent.refresh_from_db()
    assert (parent.first_name, parent.no_email_days) == ("Camille", "")
