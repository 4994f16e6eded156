"""Signing up never tells whether an address already has an account: the same answer either way,
and the owner of the address hears about the attempt by email."""

import re

from django.contrib.auth import get_user_model
from django.core import mail

import pytest

from portal import roles
from tests.factories import UserFactory

PASSWORD = "Une phrase assez longue 2026"


@pytest.fixture
def owner(locales):
    return UserFactory(email="deja@example.org", role=roles.PARENT, language="tr")


def _signup(client, email, language="fr"):
    return client.post(
        f"/{language}/accounts/signup/",
        {"email": email, "password1": PASSWORD, "password2": PASSWORD},
        follow=True,
    )


def _visible(response):
    """The page as the visitor reads it, without its per-request token."""
    html = response.content.decode()
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", html)


def test_taken_and_free_addresses_get_the_same_answer(client, owner):
    taken = _signup(client, "deja@example.org")
    free = _signup(client, "libre@example.org")
    assert taken.status_code == free.status_code == 200
    assert taken.redirect_chain == free.redirect_chain
    assert "déjà" not in _visible(taken).lower()
    assert _visible(taken) == _visible(free).replace("libre@example.org", "deja@example.org")


def test_the_owner_is_told_by_email_in_their_language(client, owner):
    _signup(client, "DEJA@example.org")
    assert get_user_model().objects.filter(email__iexact="deja@example.org").count() == 1
    (message,) = mail.outbox
    assert message.to == ["deja@example.org"]
    # Turkish, the owner's language, whatever the language of the sign-up page.
    assert "hesap" in (message.subject + message.body).lower()


def test_a_new_address_gets_a_verification_email_and_a_parent_account(client, locales):
    _signup(client, "libre@example.org", language="ar")
    user = get_user_model().objects.get(email="libre@example.org")
    assert roles.roles_of(user) == {roles.PARENT}
    (message,) = mail.outbox
    assert message.to == ["libre@example.org"]
    assert "/ar/accounts/confirm-email/" in message.body
