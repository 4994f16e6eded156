"""When the database cannot be reached, every page says so in the visitor's language (503), and
`/healthz` keeps its JSON answer for the load balancer."""

from django.db import connections
from django.utils import translation

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def database_down(client, home, tmp_path):
    """The site's connection now points at a database that does not answer: a closed port on
    PostgreSQL, a file that cannot be opened on SQLite. The test's own connection is kept aside.
    The client answers as a browser would see it, even when the failure passed the 500 handler."""
    client.raise_request_exception = False
    working = connections["default"]
    settings_dict = dict(working.settings_dict)
    if working.vendor == "postgresql":
        settings_dict.update(HOST="127.0.0.1", PORT="9")
    else:
        settings_dict["NAME"] = str(tmp_path / "no-such-folder" / "db.sqlite3")
    broken = working.__class__(settings_dict, alias="default")
    connections["default"] = broken
    yield
    broken.close()
    connections["default"] = working


def _expected(code, message):
    with translation.override(code):
        return translation.gettext(message)


@pytest.mark.parametrize(
    ("path", "code"),
    [
        ("/fr/", "fr"),
        ("/ar/", "ar"),
        ("/uk/search/?q=cantine", "uk"),
        ("/fr/espace-parents/", "fr"),
        ("/tr/accounts/login/", "tr"),
        ("/sitemap.xml", "fr"),
    ],
)
def test_every_page_answers_503_in_the_visitors_language(client, database_down, path, code):
    response = client.get(path)
    assert response.status_code == 503
    assert int(response["Retry-After"]) > 0
    html = response.content.decode()
    direction = "rtl" if code == "ar" else "ltr"
    assert f'<html lang="{code}" dir="{direction}">' in html
    assert _expected(code, "The site is resting for a moment") in html


def test_without_a_language_in_the_address_the_browsers_is_used(client, database_down):
    """The admin of a signed-in person reads the session first: that is where it fails."""
    client.cookies["sessionid"] = "0" * 32
    response = client.get("/admin/pages/", HTTP_ACCEPT_LANGUAGE="es")
    assert response.status_code == 503
    assert '<html lang="es" dir="ltr">' in response.content.decode()


def test_a_signed_in_person_gets_the_same_answer(client, director, database_down):
    """A session cookie makes the site read the session and the user: still a 503."""
    client.cookies["sessionid"] = "0" * 32
    response = client.post("/fr/accounts/login/", {"login": "x@example.org", "password": "x"})
    assert response.status_code == 503


def test_healthz_keeps_its_json_answer(client, database_down):
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "error", "database": "unavailable"}
