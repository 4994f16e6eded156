"""The representatives' area: private from its creation, with minutes emailed once to the
representatives, the next meetings and the privileged representative."""

from datetime import timedelta

from django.utils import timezone

from wagtail.models import PageViewRestriction

import pytest

from pages.events.choices import Category
from portal import roles
from portal.notify.models import Message
from tests.factories import UserFactory
from tests.pages.events.factories import EventPageFactory
from tests.pages.reps.factories import MinutesPageFactory, RepresentativeAreaPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def area(home, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return RepresentativeAreaPageFactory(parent=home)


def test_a_new_area_is_private_to_representatives_and_directors(area):
    restriction = PageViewRestriction.objects.get(page=area)
    assert restriction.restriction_type == PageViewRestriction.GROUPS
    assert {group.name for group in restriction.groups.all()} == {
        roles.REPRESENTATIVE,
        roles.DIRECTOR,
    }


@pytest.mark.parametrize("role", [None, roles.PARENT, roles.TEACHER, roles.TRANSLATOR])
def test_others_cannot_read_the_area_or_its_minutes(client, area, users_by_role, role):
    minutes = MinutesPageFactory(parent=area, title="Compte rendu secret")
    if role:
        client.force_login(users_by_role[role])
    for address in (area.url, minutes.url):
        response = client.get(address)
        assert response.status_code in (302, 403)
        assert "Compte rendu secret" not in response.content.decode()


def test_representatives_read_minutes_meetings_and_the_privileged_representative(
    client, area, representative, agenda
):
    chosen = UserFactory(email="elue@example.org", first_name="Samira", last_name="Haddad")
    area.privileged_representative = chosen
    area.privileged_contact = "Le mardi soir"
    area.save_revision().publish()
    MinutesPageFactory(parent=area, title="Conseil du 6 octobre")
    soon = timezone.now() + timedelta(days=3)
    EventPageFactory(
        parent=agenda,
        title="Conseil d’école",
        category=Category.COUNCIL,
        start=soon,
        end=soon + timedelta(hours=2),
    )
    EventPageFactory(
        parent=agenda,
        title="Kermesse",
        category=Category.OUTING,
        start=soon,
        end=soon + timedelta(hours=2),
    )
    client.force_login(representative)
    page = client.get(area.url).content.decode()
    assert "Conseil du 6 octobre" in page
    assert "Conseil d’école" in page
    assert "Kermesse" not in page
    assert "Samira Haddad" in page and "elue@example.org" in page


def test_new_minutes_are_emailed_once_to_each_representative(area, representative, parent):
    other = UserFactory(email="rep2@example.org", role=roles.REPRESENTATIVE)
    minutes = MinutesPageFactory(parent=area, title="Conseil du 6 octobre")
    minutes.save_revision().publish()
    minutes.save_revision().publish()
    sent = Message.objects.filter(purpose="minutes")
    assert sorted(sent.values_list("recipient", flat=True)) == sorted(
        [representative.email, other.email]
    )
    assert "Conseil du 6 octobre" in sent.first().subject


def test_the_area_lists_the_representatives_private_documents(
    client, area, representative, django_capture_on_commit_callbacks
):
    from wagtail.models import Collection, CollectionViewRestriction

    from tests.portal.conftest import document, restrict

    with django_capture_on_commit_callbacks(execute=True):
        private = Collection.get_first_root_node().add_child(name="Espace des élus")
        restrict(CollectionViewRestriction, collection=private)
    document("Budget de la kermesse", private, "budget.txt")
    document("Menu de la cantine", None, "menu.txt")
    client.force_login(representative)
    page = client.get(area.url).content.decode()
    assert "Budget de la kermesse" in page
    assert "Menu de la cantine" not in page
