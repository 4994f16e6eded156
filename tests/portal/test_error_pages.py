"""Django's own error answers (bad request, refused form) use the site's pages, in the visitor's
language."""

from django.test import Client
from django.utils import translation

import pytest

pytestmark = pytest.mark.django_db


def _in(code, message):
    with translation.override(code):
        return translation.gettext(message)


@pytest.mark.parametrize("code", ["fr", "ar", "uk"])
def test_a_form_sent_without_its_security_token_gets_the_sites_page(home, code):
    """An expired form (or a browser refusing cookies) is explained, not a bare Django page."""
    client = Client(enforce_csrf_checks=True)
    response = client.post(f"/{code}/accounts/login/", {"login": "a@example.org", "password": "x"})
    assert response.status_code == 403
    html = response.content.decode()
    direction = "rtl" if code == "ar" else "ltr"
    assert f'<html lang="{code}" dir="{direction}">' in html
    assert 'class="site-header"' in html
    assert _in(code, "This form has expired") in html
    assert "CSRF" not in html


@pytest.mark.parametrize("code", ["fr", "ar"])
def test_a_bad_request_gets_the_sites_page(client, home, settings, code):
    settings.ALLOWED_HOSTS = ["testserver"]
    response = client.get(f"/{code}/", HTTP_HOST="unknown.example")
    assert response.status_code == 400
    html = response.content.decode()
    assert f'<html lang="{code}"' in html
    assert 'class="site-header"' in html
    assert _in(code, "The site could not understand this request") in html


def test_too_many_form_fields_is_a_bad_request_page(client, home, settings):
    settings.DATA_UPLOAD_MAX_NUMBER_FIELDS = 10
    response = client.post("/ar/accounts/login/", {f"f{n}": "x" for n in range(50)})
    assert response.status_code == 400
    assert '<html lang="ar" dir="rtl">' in response.content.decode()


@pytest.mark.parametrize("code", ["fr", "tr"])
def test_a_refused_page_uses_the_sites_layout(client, home, parent, code):
    """Signed in without the right role, the week sheet says no in the site's layout."""
    from tests.resources.factories import ResourceIndexPageFactory

    library = ResourceIndexPageFactory(parent=home)
    client.force_login(parent)
    response = client.get(f"{library.url}week/".replace("/fr/", f"/{code}/", 1))
    assert response.status_code == 403
    html = response.content.decode()
    assert f'<html lang="{code}"' in html
    assert 'class="site-header"' in html


@pytest.mark.parametrize("path", ["/fr/", "/ar/accounts/login/", "/fr/no-such-page/"])
def test_a_host_that_is_no_schools_site_gets_pages_not_errors(client, home, path):
    """A group of schools may have no default site: an allowed address that is none of its schools
    still gets the site's layout (without a school's contact details), never a server error."""
    from wagtail.models import Site

    Site.objects.update(is_default_site=False, hostname="ecole.example")
    response = client.get(path, HTTP_HOST="other.example")
    assert response.status_code in (200, 404)
    html = response.content.decode()
    assert 'class="site-footer"' in html
    assert _in(path[1:3], "Right to disconnect") not in html
