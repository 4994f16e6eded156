"""Teachers and the director say which languages they speak, and families choosing whom to meet
see those and the classes the school gave them."""

from django.utils import translation

import pytest

from tests.factories import SchoolClassFactory
from tests.i18n import french
from tests.pages.events.factories import SlotFactory

pytestmark = pytest.mark.django_db

PROFILE = "/fr/accounts/profile/"


def test_families_see_a_teachers_class_and_languages(login_as, teacher, site):
    client = login_as(teacher)
    form = client.get(PROFILE).content.decode()
    assert 'name="languages_spoken"' in form
    assert (
        '<a href="/fr/appointments/my-day/">' in form
        and '<a href="/fr/appointments/open/">' in form
    )
    response = client.post(
        PROFILE,
        {
            "first_name": "Karim",
            "last_name": "Benali",
            "language": "fr",
            "languages_spoken": ["fr", "ar"],
        },
    )
    assert response.status_code == 302
    teacher.refresh_from_db()
    assert teacher.languages_spoken == ["fr", "ar"]
    SchoolClassFactory(site=site, name="CP B", teacher=teacher)
    SlotFactory(host=teacher)
    page = client.get("/ar/appointments/").content.decode()
    assert '<span lang="fr" dir="auto">CP B</span>' in page
    with translation.override("ar"):
        names = [
            str(translation.get_language_info(code)["name_translated"]) for code in ["fr", "ar"]
        ]
    assert "، ".join(names) in page  # named in the visitor's language, listed the Arabic way


@pytest.mark.parametrize("role", ["Parent", "Representative", "Translator"])
def test_families_and_translators_are_not_asked(login_as, users_by_role, role, home):
    form = login_as(users_by_role[role]).get(PROFILE).content.decode()
    assert "languages_spoken" not in form


@pytest.mark.parametrize("value", [["xx"], ["<script>"], ["fr", "x" * 500]])
def test_wrong_profile_values_get_a_clear_message(login_as, teacher, home, value):
    data = {"first_name": "K", "last_name": "B", "language": "fr", "languages_spoken": value}
    response = login_as(teacher).post(PROFILE, data)
    assert response.status_code == 200
    assert 'class="errorlist' in response.content.decode()
    teacher.refresh_from_db()
    assert teacher.languages_spoken == []


def test_the_director_is_among_the_people_to_meet_with_her_role(client, director, site):
    director.languages_spoken = ["fr", "en"]
    director.save()
    SchoolClassFactory(site=site, name="CM2 A", teacher=director)
    SlotFactory(host=director)
    page = client.get("/fr/appointments/").content.decode()
    assert director.get_full_name() in page
    assert french("Director") in page
    assert "CM2 A" in page and "anglais" in page


def test_a_class_of_another_school_is_not_shown(client, teacher, site):
    """Families of one school never read the classes another school gave the same teacher."""
    from wagtail.models import Page, Site

    root = Page.get_first_root_node()
    other_home = root.add_child(
        instance=Page(title="Autre", slug="autre", locale=site.root_page.locale)
    )
    other = Site.objects.create(hostname="autre.example.org", root_page=other_home)
    SchoolClassFactory(site=other, name="CE1 Z", teacher=teacher)
    SlotFactory(host=teacher)
    assert "CE1 Z" not in client.get("/fr/appointments/").content.decode()
