"""The representatives choose their privileged representative in their area; the Director sees
the choice and may name someone else in the admin."""

import pytest

from pages.reps.models import PrivilegedChoice
from portal import roles
from tests.factories import UserFactory
from tests.i18n import french
from tests.pages.reps.factories import RepresentativeAreaPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def area(home, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return RepresentativeAreaPageFactory(parent=home)


@pytest.fixture
def reps(locales):
    return [
        UserFactory(
            email=f"rep{n}@example.org",
            first_name=name,
            last_name="Élue",
            role=roles.REPRESENTATIVE,
        )
        for n, name in enumerate(["Samira", "Youssef", "Inès"])
    ]


def choose(client, area, person, candidate):
    client.force_login(person)
    return client.post(area.url, {"candidate": candidate.pk})


def test_the_most_chosen_representative_is_shown_to_everyone_in_the_area(
    client, area, reps, director
):
    samira, youssef, ines = reps
    assert choose(client, area, samira, youssef).status_code == 302
    choose(client, area, ines, youssef)
    choose(client, area, youssef, samira)
    client.force_login(director)
    page = client.get(area.url).content.decode()
    assert "Youssef Élue" in page
    assert french("Chosen by the representatives as the team’s first contact.") in page
    # The Director sees the result; choosing is the representatives' own.
    assert 'name="candidate"' not in page


def test_choosing_twice_changes_the_choice_and_counts_once(client, area, reps):
    samira, youssef, ines = reps
    choose(client, area, samira, youssef)
    choose(client, area, samira, ines)
    choose(client, area, samira, ines)
    assert PrivilegedChoice.objects.filter(area=area, voter=samira).count() == 1
    assert area.chosen_by_representatives() == ines
    page = client.get(area.url).content.decode()
    assert "selected>Inès Élue" in page.replace(f'value="{ines.pk}" ', "")


def test_the_directors_choice_in_the_admin_overrides_theirs(client, area, reps, director):
    samira, youssef, ines = reps
    choose(client, area, samira, youssef)
    area.privileged_representative = ines
    area.save_revision().publish()
    assert area.privileged() == ines
    client.force_login(samira)
    page = client.get(area.url).content.decode()
    assert french("Named by the director as the team’s first contact.") in page
    assert "Youssef Élue" in page  # what they chose stays visible


@pytest.mark.parametrize("role", [None, roles.PARENT, roles.TEACHER, roles.TRANSLATOR])
def test_others_cannot_choose(client, area, reps, users_by_role, role):
    if role:
        client.force_login(users_by_role[role])
    response = client.post(area.url, {"candidate": reps[0].pk})
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert "/accounts/login/" in response["Location"]
    assert not PrivilegedChoice.objects.exists()


def test_the_director_does_not_vote(client, area, reps, director):
    client.force_login(director)
    assert client.post(area.url, {"candidate": reps[0].pk}).status_code == 403
    assert not PrivilegedChoice.objects.exists()


@pytest.mark.parametrize(
    "value", ["", "0", "-1", "abc", "9" * 30, "<script>alert(1)</script>", "1\x00", "x" * 100_000]
)
def test_a_wrong_choice_is_refused_with_a_message(client, area, reps, value):
    client.force_login(reps[0])
    response = client.post(area.url, {"candidate": value})
    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()
    assert "<script>alert" not in response.content.decode()
    assert not PrivilegedChoice.objects.exists()


def test_only_a_representative_can_be_chosen(client, area, reps, parent, teacher):
    for someone in (parent, teacher):
        assert choose(client, area, reps[0], someone).status_code == 400
    assert not PrivilegedChoice.objects.exists()


def test_the_team_finds_the_privileged_representative_on_the_admins_home(
    client, area, reps, director, teacher, translator
):
    """Teachers cannot open the representatives' area: the admin's home page tells the team who
    their first contact among the parents is; nobody else sees it there."""
    samira, youssef, ines = reps
    choose(client, area, samira, ines)
    choose(client, area, youssef, ines)
    for person in (teacher, director):
        client.force_login(person)
        home = client.get("/admin/").content.decode()
        assert 'id="privileged-representative-heading"' in home
        assert "Inès Élue" in home and "rep2@example.org" in home
    client.force_login(translator)
    assert "Inès Élue" not in client.get("/admin/").content.decode()
    # The Director's override is who the team is told about.
    area.privileged_representative = samira
    area.save()
    client.force_login(teacher)
    home = client.get("/admin/").content.decode()
    assert "Samira Élue" in home and "Inès Élue" not in home


def test_before_any_choice_the_team_is_told_so(client, area, teacher):
    client.force_login(teacher)
    home = client.get("/admin/").content.decode()
    assert (
        french("The representatives have not chosen their privileged representative yet.") in (home)
        or "The representatives have not chosen their privileged representative yet." in home
    )


def _area_queries(client, area, count):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    people = [
        UserFactory(email=f"voter{count}-{n}@example.org", role=roles.REPRESENTATIVE)
        for n in range(count)
    ]
    for n, person in enumerate(people):
        PrivilegedChoice.objects.create(area=area, voter=person, candidate=people[n % 3])
    client.force_login(people[0])
    client.get(area.url)  # sessions and caches warm
    with CaptureQueriesContext(connection) as queries:
        page = client.get(area.url)
    assert page.status_code == 200
    PrivilegedChoice.objects.all().delete()
    return len(queries)


def test_the_area_costs_the_same_queries_with_10_or_200_choices(client, area):
    _area_queries(client, area, 3)  # what the first reading of the area caches for the next
    assert _area_queries(client, area, 10) == _area_queries(client, area, 200)
