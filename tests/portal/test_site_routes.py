"""Routes outside the page tree: language redirect, health, unknown languages, 404 pages."""

from django.db import DatabaseError

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("ar,fr;q=0.8", "/ar/"),
        ("en-GB,en;q=0.9", "/en/"),
        ("tr-TR", "/tr/"),
        ("de-DE,de;q=0.9", "/fr/"),
        ("", "/fr/"),
        (";;;q=abc,,=", "/fr/"),
        ("x" * 10_000, "/fr/"),
        ("<script>alert(1)</script>", "/fr/"),
    ],
)
def test_root_redirects_to_the_visitors_language(client, header, expected):
    """`/` follows Accept-Language; a missing, foreign or malformed header means French."""
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=header)
    assert response.status_code == 302
    assert response["Location"] == expected


def test_healthz_reports_the_database(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}


def test_healthz_is_503_when_the_database_is_unreachable(client, monkeypatch):
    """A load balancer must see the site as down when the database is."""
    from django.db import connection

    def refuse():
        raise DatabaseError("connection refused")

    monkeypatch.setattr(connection, "ensure_connection", refuse)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "error", "database": "unavailable"}


@pytest.mark.parametrize("path", ["/xx/", "/de/espace-parents/", "/zz-top/page/"])
def test_unknown_language_prefix_is_a_french_404(client, home, path):
    response = client.get(path, HTTP_ACCEPT_LANGUAGE="ar")
    assert response.status_code == 404
    assert b'lang="fr"' in response.content
    assert b"Nous ne trouvons pas cette page" in response.content


def test_missing_page_in_arabic_is_an_arabic_404(client, home):
    response = client.get("/ar/nowhere/")
    assert response.status_code == 404
    assert b'lang="ar"' in response.content
    assert b'dir="rtl"' in response.content


def test_accounts_without_language_lead_to_the_visitors_language(client):
    response = client.get("/accounts/login/?next=/fr/", HTTP_ACCEPT_LANGUAGE="ar")
    assert response.status_code == 302
    assert response["Location"] == "/ar/accounts/login/?next=/fr/"


def test_security_headers_are_sent(client, home):
    response = client.get("/fr/")
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy.split("script-src", 1)[1].split(";", 1)[0]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"


def test_server_error_page_speaks_the_visitors_language(rf):
    """The 500 page needs no database and is written in the language of the address."""
    from django.utils import translation

    from portal.views import server_error

    with translation.override("ar"):
        response = server_error(rf.get("/ar/"))
    assert response.status_code == 500
    html = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    with translation.override("ar"):
        assert translation.gettext("Something went wrong on our side") in html
    assert "Something went wrong on our side" not in html


def test_favicon_is_served_by_the_site(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"].endswith("/static/img/favicon.svg")


def test_head_on_the_root_answers_like_get(client):
    """Link checkers and monitors ask with HEAD: they get the same redirect, not a 405."""
    get = client.get("/", HTTP_ACCEPT_LANGUAGE="ar")
    head = client.head("/", HTTP_ACCEPT_LANGUAGE="ar")
    assert (
        (head.status_code, head["Location"]) == (get.status_code, get["Location"]) == (302, "/ar/")
    )
    assert client.head("/healthz").status_code == 200


@pytest.mark.parametrize(("prefix", "language"), [("fr", "fr"), ("ar", "ar")])
def test_403_is_a_page_of_the_site_in_the_visitors_language(client, home, parent, prefix, language):
    """A page refused to a parent says so in the site's layout, in their language."""
    from django.utils import translation

    client.force_login(parent)
    response = client.get(f"/{prefix}/appointments/my-day/")
    assert response.status_code == 403
    body = response.content.decode()
    assert f'<html lang="{language}"' in body
    assert 'class="site-header"' in body and 'class="site-footer"' in body
    with translation.override(language):
        assert translation.gettext("This page is not open to you") in body


def test_an_expired_form_gets_a_page_of_the_site(home):
    from django.test import Client

    csrf_client = Client(enforce_csrf_checks=True)
    response = csrf_client.post("/ar/accounts/login/", {"login": "x", "password": "y"})
    assert response.status_code == 403
    body = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in body
    assert 'class="site-header"' in body
