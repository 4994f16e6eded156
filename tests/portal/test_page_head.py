"""What every page's head and header hold: a description for search engines, the menu, and the
tools of the people who use them."""

import re

import pytest

from portal import roles
from tests.i18n import french
from tests.pages.home.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def _description(html):
    found = re.search(r'<meta name="description" content="([^"]*)">', html)
    return found.group(1) if found else None


def test_a_page_without_its_own_description_uses_its_summary(client, home):
    page = StandardPageFactory(
        parent=home,
        slug="cantine",
        intro="Le midi, les élèves mangent à la cantine.",
        plain_words="Votre enfant peut manger à l’école. C’est moins cher avec le quotient.",
    )
    assert _description(client.get(page.url).content.decode()) == (
        "Votre enfant peut manger à l’école. C’est moins cher avec le quotient."
    )
    page.search_description = "La cantine de l’école : menus, prix, inscription."
    page.save_revision().publish()
    assert _description(client.get(page.url).content.decode()) == page.search_description


def test_a_long_summary_is_cut_to_what_search_engines_show(client, home):
    page = StandardPageFactory(parent=home, slug="long", plain_words="mot " * 100)
    description = _description(client.get(page.url).content.decode())
    assert 100 < len(description) <= 160


def test_every_page_of_the_demo_kind_has_a_description(client, home, parent_space):
    for url in (home.url, parent_space.url, "/fr/appointments/"):
        assert _description(client.get(url).content.decode()), url


@pytest.mark.parametrize("role", [roles.TEACHER, roles.DIRECTOR])
def test_teachers_find_their_appointment_tools_in_the_account_menu(
    client, home, users_by_role, role
):
    client.force_login(users_by_role[role])
    html = client.get("/fr/").content.decode()
    header = html.split("</header>")[0]
    for url, label in (
        ("/fr/appointments/my-day/", "My appointments"),
        ("/fr/appointments/open/", "Open new times"),
    ):
        # Once in the phone menu, once in the wide screen's.
        assert header.count(f'<a href="{url}">{french(label)}</a>') == 2
    assert header.count('<a href="/admin/">') == 2


@pytest.mark.parametrize("role", [roles.PARENT, roles.REPRESENTATIVE])
def test_families_menu_has_no_staff_tools(client, home, users_by_role, role):
    client.force_login(users_by_role[role])
    header = client.get("/fr/").content.decode().split("</header>")[0]
    assert "/appointments/my-day/" not in header
    assert french("My account") in header
    # Representatives open the admin for the charter's draft, and for nothing else.
    assert ("/admin/" in header) is (role == roles.REPRESENTATIVE)


def test_anonymous_visitors_get_the_login_link(client, home):
    header = client.get("/fr/").content.decode().split("</header>")[0]
    assert '<a href="/fr/accounts/login/">' in header
    assert "/appointments/my-day/" not in header
