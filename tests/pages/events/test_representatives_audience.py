"""An event for the representatives is theirs and the Director's: nobody else finds it, by its
address, in the agenda, its feeds, the sitemap or the search; their area lists it."""

import pytest

from pages.events.choices import Audience, Category
from portal import roles
from tests.pages.events.factories import EventPageFactory
from tests.pages.reps.factories import RepresentativeAreaPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def meeting(agenda, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        found = EventPageFactory(
            parent=agenda,
            title="Préparation Grébiche du conseil",
            slug="preparation-conseil",
            category=Category.FOLLOW_UP,
            audience=Audience.REPRESENTATIVES,
        )
    EventPageFactory(parent=agenda, title="Réunion de rentrée publique")
    return found


@pytest.fixture
def area(home, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return RepresentativeAreaPageFactory(parent=home)


LISTINGS = [
    lambda m: m.get_parent().url,
    lambda m: f"{m.get_parent().url}?view=list",
    lambda m: f"{m.get_parent().url}?audience=representatives",
    lambda m: "/feeds/events.ics",
    lambda m: "/feeds/events.ics?audience=representatives",
    lambda m: "/fr/",
    lambda m: "/sitemap.xml",
    lambda m: "/fr/search/?q=préparation",
]


@pytest.mark.parametrize("role", [None, roles.PARENT, roles.TEACHER, roles.TRANSLATOR])
def test_others_never_see_a_representatives_meeting(client, meeting, users_by_role, role):
    if role:
        client.force_login(users_by_role[role])
    for address in (meeting.url, f"{meeting.url}print/", f"/feeds/events/{meeting.pk}.ics"):
        response = client.get(address)
        assert response.status_code in (302, 403, 404), address
        assert "Grébiche" not in response.content.decode()
    for make in LISTINGS:
        response = client.get(make(meeting))
        assert response.status_code == 200
        assert "Grébiche" not in response.content.decode(), make(meeting)
        assert "preparation-conseil" not in response.content.decode(), make(meeting)


@pytest.mark.parametrize("role", [roles.REPRESENTATIVE, roles.DIRECTOR])
def test_representatives_and_the_director_open_it_and_find_it_in_the_area(
    client, meeting, area, users_by_role, role
):
    client.force_login(users_by_role[role])
    assert "Grébiche" in client.get(meeting.url).content.decode()
    listed = client.get(area.url).content.decode()
    assert "Grébiche" in listed
    assert meeting.url in listed


def test_the_public_agenda_does_not_offer_the_audience(client, meeting):
    page = client.get(meeting.get_parent().url).content.decode()
    assert 'value="representatives"' not in page
    assert 'value="cm2"' in page


def test_published_for_everyone_it_opens_again(client, meeting, django_capture_on_commit_callbacks):
    """The Director changes their mind: the meeting becomes an ordinary public one."""
    meeting.audience = Audience.SCHOOL
    with django_capture_on_commit_callbacks(execute=True):
        meeting.save_revision().publish()
    assert client.get(meeting.url).status_code == 200
    assert "Grébiche" in client.get("/feeds/events.ics").content.decode()


def test_a_draft_for_the_representatives_is_private_before_it_is_published(
    client, agenda, django_capture_on_commit_callbacks
):
    public = EventPageFactory(parent=agenda, title="Café des parents Grébiche")
    assert client.get(public.url).status_code == 200
    public.audience = Audience.REPRESENTATIVES
    with django_capture_on_commit_callbacks(execute=True):
        public.save_revision()
    assert client.get(public.url).status_code in (302, 403)
