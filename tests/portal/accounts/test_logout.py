"""Logging out of the admin: a GET changes nothing, a POST ends the session on the server."""

from django.conf import settings
from django.contrib.sessions.backends.db import SessionStore
from django.test import Client

import pytest


@pytest.fixture
def signed_in(login_as, teacher):
    client = login_as(teacher)
    assert client.get("/admin/").status_code == 200
    return client


def test_get_on_the_admin_logout_keeps_the_session(signed_in):
    """A link or an image pointing at the logout address must not sign anyone out."""
    key = signed_in.session.session_key
    response = signed_in.get("/admin/logout/")
    assert response.status_code < 500
    cookie = response.cookies.get(settings.SESSION_COOKIE_NAME)
    assert cookie is None or cookie.value == key
    assert SessionStore().exists(key)
    assert signed_in.get("/admin/").status_code == 200


def test_post_on_the_admin_logout_ends_the_session_on_the_server(signed_in):
    key = signed_in.session.session_key
    response = signed_in.post("/admin/logout/")
    assert response.status_code == 302
    assert not SessionStore().exists(key)
    # The old cookie, replayed, opens nothing.
    replay = Client()
    replay.cookies[settings.SESSION_COOKIE_NAME] = key
    assert replay.get("/admin/").status_code == 302


def test_the_site_logout_is_post_only_too(signed_in):
    key = signed_in.session.session_key
    assert signed_in.get("/fr/accounts/logout/").status_code == 200
    assert SessionStore().exists(key)
    signed_in.post("/fr/accounts/logout/")
    assert not SessionStore().exists(key)
