"""Teachers and the director say which classes they teach and which languages they speak, for
the families choosing whom to meet."""

from django.utils import translation

import pytest

from tests.i18n import french
from tests.pages.events.factories import SlotFactory

pytestmark = pytest.mark.django_db

PROFILE = "/fr/accounts/profile/"


def test_a_teacher_tells_families_their_class_and_languages(login_as, teacher, home):
    client = login_as(teacher)
    form = client.get(PROFILE).content.decode()
    assert 'name="classes_taught"' in form and 'name="languages_spoken"' in form
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
            "classes_taught": "CP B",
            "languages_spoken": ["fr", "ar"],
        },
    )
    assert response.status_code == 302
    teacher.refresh_from_db()
    assert (teacher.classes_taught, teacher.languages_spoken) == ("CP B", ["fr", "ar"])
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
    assert "classes_taught" not in form and "languages_spoken" not in form


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("languages_spoken", ["xx"]),
        ("languages_spoken", ["<script>"]),
        ("classes_taught", "x" * 500),
        ("classes_taught", "CP\x00"),
    ],
)
def test_wrong_profile_values_get_a_clear_message(login_as, teacher, home, field, value):
    data = {"first_name": "K", "last_name": "B", "language": "fr", field: value}
    response = login_as(teacher).post(PROFILE, data)
    assert response.status_code == 200
    assert 'class="errorlist' in response.content.decode()
    teacher.refresh_from_db()
    assert teacher.classes_taught == "" and teacher.languages_spoken == []


def test_the_director_is_among_the_people_to_meet_with_her_role(client, director, home):
    director.classes_taught, director.languages_spoken = "CM2", ["fr", "en"]
    director.save()
    SlotFactory(host=director)
    page = client.get("/fr/appointments/").content.decode()
    assert director.get_full_name() in page
    assert french("Director") in page
    assert "CM2" in page and "anglais" in page
