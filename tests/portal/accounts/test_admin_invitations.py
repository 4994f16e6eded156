"""Directors can also read the invitations in the admin; nobody creates one there (no email)."""

import pytest

from portal import roles
from portal.accounts.models import Invitation

LISTING = "/admin/invitations/"


@pytest.fixture
def director_client(login_as, director):
    return login_as(director)


def test_director_lists_invitations_in_the_admin(director_client, director):
    Invitation.objects.create(email="prof@example.org", role=roles.TEACHER, invited_by=director)
    response = director_client.get(LISTING)
    assert response.status_code == 200
    assert "prof@example.org" in response.content.decode()


def test_nobody_adds_or_edits_invitations_in_the_admin(director_client, director):
    invitation = Invitation.objects.create(
        email="prof@example.org", role=roles.TEACHER, invited_by=director
    )
    assert director_client.get(f"{LISTING}new/").status_code in (302, 403)
    response = director_client.post(f"{LISTING}edit/{invitation.pk}/", {"role": roles.DIRECTOR})
    assert response.status_code in (302, 403)
    invitation.refresh_from_db()
    assert invitation.role == roles.TEACHER


@pytest.mark.parametrize("role", [roles.TEACHER, roles.TRANSLATOR])
def test_other_admin_roles_do_not_see_invitations(login_as, users_by_role, role):
    response = login_as(users_by_role[role]).get(LISTING)
    assert response.status_code in (302, 403)
