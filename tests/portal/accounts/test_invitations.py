"""A Director invites someone to a role by email; the signed link works once and expires."""

import re
import time
from unittest import mock

from django.contrib.auth import get_user_model
from django.core import mail
from django.utils import timezone

import pytest

from portal import roles
from portal.accounts import invitations
from portal.accounts.models import Invitation
from tests.factories import UserFactory

INVITE = "/fr/accounts/invitations/"
LINK = re.compile(r"http://testserver(/\w+/accounts/invitations/accept/[^/\s]+/)")


def invite(client, **data):
    return client.post(
        INVITE, {"email": "prof@example.org", "role": roles.TEACHER, "language": "fr", **data}
    )


def link_in(message):
    return LINK.search(message.body).group(1)


@pytest.fixture
def director_client(login_as, director, site):
    return login_as(director)


def test_anonymous_visitor_is_sent_to_login(client, locales):
    response = client.get(INVITE)
    assert response.status_code == 302
    assert response["Location"].startswith("/fr/accounts/login/?next=")
    assert client.post(INVITE, {"email": "x@example.org"}).status_code == 302
    assert not Invitation.objects.exists()


@pytest.mark.parametrize(
    "role", [roles.PARENT, roles.TEACHER, roles.TRANSLATOR, roles.REPRESENTATIVE]
)
def test_only_a_director_may_invite(login_as, users_by_role, role):
    client = login_as(users_by_role[role])
    assert client.get(INVITE).status_code == 403
    assert invite(client).status_code == 403
    assert not Invitation.objects.exists()
    assert mail.outbox == []


def test_director_invites_in_the_chosen_language(director_client, director):
    """The email goes out in the invitation's language, with a link in that language."""
    response = invite(director_client, email="Prof@Example.org", language="ar")
    assert response.status_code == 302
    invitation = Invitation.objects.get()
    assert (invitation.email, invitation.role, invitation.language) == (
        "prof@example.org",
        roles.TEACHER,
        "ar",
    )
    assert invitation.invited_by == director
    [message] = mail.outbox
    assert message.to == ["prof@example.org"]
    assert message.extra_headers["Content-Language"] == "ar"
    assert link_in(message).startswith("/ar/accounts/invitations/accept/")


def test_director_sees_pending_and_accepted_invitations(director_client, director, teacher):
    Invitation.objects.create(
        email="attente@example.org", role=roles.TRANSLATOR, invited_by=director
    )
    Invitation.objects.create(
        email=teacher.email,
        role=roles.TEACHER,
        invited_by=director,
        accepted_at=timezone.now(),
        accepted_by=teacher,
    )
    html = director_client.get(INVITE).content.decode()
    assert "attente@example.org" in html
    assert teacher.email in html
    assert "badge--success" in html


@pytest.mark.parametrize("count", [10, 200])
def test_invitation_list_queries_do_not_grow(
    director_client, director, count, django_assert_max_num_queries
):
    Invitation.objects.bulk_create(
        Invitation(email=f"p{n}@example.org", role=roles.TEACHER, invited_by=director)
        for n in range(count)
    )
    with django_assert_max_num_queries(20):
        assert director_client.get(INVITE).status_code == 200


@pytest.mark.parametrize(
    "data",
    [
        {"email": ""},
        {"email": "x" * 10_000},
        {"email": "<script>alert(1)</script>"},
        {"email": "a\x01b@example.org"},
        {"email": "' OR 1=1 --"},
        {"role": ""},
        {"role": roles.PARENT},
        {"role": "superuser"},
        {"role": "x" * 10_000},
        {"language": "xx"},
        {"language": "<b>fr</b>"},
    ],
)
def test_invitation_form_bad_input(director_client, data):
    response = invite(director_client, **data)
    assert response.status_code == 200
    assert 'class="errorlist' in response.content.decode()
    assert not Invitation.objects.exists()
    assert mail.outbox == []


def test_inviting_someone_to_a_role_they_have_is_refused(director_client, teacher):
    response = invite(director_client, email=teacher.email, role=roles.TEACHER)
    assert response.status_code == 200
    assert not Invitation.objects.exists()


def test_new_person_accepts_creates_account_and_gets_the_role(director_client, client):
    invite(director_client, role=roles.TRANSLATOR, language="ar")
    url = link_in(mail.outbox[0])
    director_client.logout()

    page = client.get(url)
    assert page.status_code == 200
    assert "prof@example.org" in page.content.decode()
    response = client.post(
        url,
        {
            "first_name": "Leïla",
            "last_name": "Haddad",
            "password1": "Une phrase assez longue 2026",
            "password2": "Une phrase assez longue 2026",
            "email": "autre@example.org",
        },
    )
    assert response.status_code == 302
    user = get_user_model().objects.get(email="prof@example.org")
    assert roles.roles_of(user) == {roles.TRANSLATOR}
    assert user.language == "ar"
    assert user.emailaddress_set.get().verified
    assert not get_user_model().objects.filter(email="autre@example.org").exists()
    invitation = Invitation.objects.get()
    assert invitation.accepted_by == user and invitation.accepted_at
    assert client.session["_auth_user_id"] == str(user.pk)


def test_second_use_of_the_link_says_it_was_used(director_client, client):
    invite(director_client)
    url = link_in(mail.outbox[0])
    director_client.logout()
    data = {
        "password1": "Une phrase assez longue 2026",
        "password2": "Une phrase assez longue 2026",
    }
    client.post(url, data)
    client.logout()
    again = client.get(url)
    assert again.status_code == 410
    assert "déjà" in again.content.decode() or "already" in again.content.decode()
    assert client.post(url, data).status_code == 410
    assert get_user_model().objects.filter(email="prof@example.org").count() == 1


def test_expired_link_gets_a_clear_page(director, client, locales):
    invitation = Invitation.objects.create(
        email="x@example.org", role=roles.TEACHER, invited_by=director
    )
    past = time.time() - (15 * 24 * 3600)
    with mock.patch("django.core.signing.time.time", return_value=past):
        token = invitations.make_token(invitation)
    response = client.get(f"/fr/accounts/invitations/accept/{token}/")
    assert response.status_code == 410
    assert "account-page" in response.content.decode()
    assert (
        client.post(
            f"/fr/accounts/invitations/accept/{token}/",
            {
                "password1": "Une phrase assez longue 2026",
                "password2": "Une phrase assez longue 2026",
            },
        ).status_code
        == 410
    )
    assert not get_user_model().objects.filter(email="x@example.org").exists()


@pytest.mark.parametrize(
    "token",
    [
        "abc",
        "x" * 10_000,
        "%3Cscript%3E",
        "eyJpbnZpdGF0aW9uIjoxfQ:1abc:zzz",
        "%01%02",
        "' OR 1=1 --",
    ],
)
def test_tampered_or_garbage_link_gets_a_clear_400(client, locales, token):
    response = client.get(f"/fr/accounts/invitations/accept/{token}/")
    assert response.status_code == 400
    assert "<h1>" in response.content.decode()


def test_link_to_a_deleted_invitation_is_invalid(director, client, locales):
    invitation = Invitation.objects.create(
        email="x@example.org", role=roles.TEACHER, invited_by=director
    )
    token = invitations.make_token(invitation)
    invitation.delete()
    assert client.get(f"/fr/accounts/invitations/accept/{token}/").status_code == 400


def test_token_signed_for_another_purpose_is_refused(director, client, locales):
    from django.core import signing

    invitation = Invitation.objects.create(
        email="x@example.org", role=roles.TEACHER, invited_by=director
    )
    token = signing.dumps({"invitation": invitation.pk})
    assert client.get(f"/fr/accounts/invitations/accept/{token}/").status_code == 400


def test_logged_in_with_the_invited_email_accepts_with_one_button(director, login_as, locales):
    person = UserFactory(email="rep@example.org", role=roles.PARENT)
    invitation = Invitation.objects.create(
        email="rep@example.org", role=roles.REPRESENTATIVE, invited_by=director
    )
    url = f"/fr/accounts/invitations/accept/{invitations.make_token(invitation)}/"
    client = login_as(person)
    assert client.get(url).status_code == 200
    assert roles.roles_of(person) == {roles.PARENT}
    response = client.post(url)
    assert response.status_code == 302
    assert roles.roles_of(person) == {roles.PARENT, roles.REPRESENTATIVE}
    assert client.post(url).status_code == 410


def test_logged_in_with_another_email_cannot_take_the_invitation(director, login_as, parent):
    invitation = Invitation.objects.create(
        email="rep@example.org", role=roles.DIRECTOR, invited_by=director
    )
    url = f"/fr/accounts/invitations/accept/{invitations.make_token(invitation)}/"
    client = login_as(parent)
    assert client.get(url).status_code == 403
    assert client.post(url).status_code == 403
    assert roles.roles_of(parent) == {roles.PARENT}
    assert Invitation.objects.get().accepted_at is None


def test_existing_account_is_asked_to_log_in_first(director, client, locales):
    UserFactory(email="rep@example.org", role=roles.PARENT)
    invitation = Invitation.objects.create(
        email="rep@example.org", role=roles.REPRESENTATIVE, invited_by=director
    )
    url = f"/fr/accounts/invitations/accept/{invitations.make_token(invitation)}/"
    response = client.get(url)
    assert response.status_code == 200
    assert f"/fr/accounts/login/?next={url}" in response.content.decode()
    # Posting a password for someone else's account does nothing.
    client.post(
        url,
        {"password1": "Une phrase assez longue 2026", "password2": "Une phrase assez longue 2026"},
    )
    assert Invitation.objects.get().accepted_at is None


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"password1": "a", "password2": "a"},
        {"password1": "Une phrase assez longue 2026", "password2": "autre chose"},
        {"password1": "x" * 10_000, "password2": "x" * 10_000},
        {
            "first_name": "x" * 10_000,
            "password1": "Une phrase assez longue 2026",
            "password2": "Une phrase assez longue 2026",
        },
        {
            "first_name": "<script>alert(1)</script>\x07",
            "password1": "Une phrase assez longue 2026",
            "password2": "Une phrase assez longue 2026",
        },
    ],
)
def test_accept_form_bad_input(director, client, locales, data):
    invitation = Invitation.objects.create(
        email="new@example.org", role=roles.TEACHER, invited_by=director
    )
    url = f"/fr/accounts/invitations/accept/{invitations.make_token(invitation)}/"
    response = client.post(url, data)
    assert response.status_code == 200
    assert 'class="errorlist' in response.content.decode()
    assert "<script>alert" not in response.content.decode()
    assert not get_user_model().objects.filter(email="new@example.org").exists()
    assert Invitation.objects.get().accepted_at is None
