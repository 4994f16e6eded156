"""The permission matrix: exactly who may do what, as portal/roles.py says."""

from django.contrib.auth.models import AnonymousUser, Group, Permission

from wagtail.images import get_image_model
from wagtail.models import GroupCollectionPermission, GroupPagePermission
from wagtail.permissions import policy_registry

import pytest

from portal import roles

CAPABILITIES = {
    "access admin": lambda user, page: user.has_perm("wagtailadmin.access_admin"),
    "edit pages": lambda user, page: page.permissions_for_user(user).can_edit(),
    "publish a page": lambda user, page: page.permissions_for_user(user).can_publish(),
    "change school settings": lambda user, page: user.has_perm("portal.change_schoolsettings"),
    "submit translation": lambda user, page: user.has_perm("wagtail_localize.submit_translation"),
    "add image": lambda user, page: policy_registry.get_by_type(
        get_image_model()
    ).user_has_permission(user, "add"),
    "invite": lambda user, page: user.has_perm("accounts.add_invitation"),
}

ALLOWED = {
    roles.DIRECTOR: set(CAPABILITIES),
    roles.TEACHER: {"access admin", "edit pages", "add image"},
    roles.TRANSLATOR: {"access admin", "edit pages", "submit translation"},
    roles.REPRESENTATIVE: set(),
    roles.PARENT: set(),
}


def test_every_role_is_in_the_matrix():
    assert set(ALLOWED) == set(roles.ROLES)


@pytest.mark.parametrize("role", list(ALLOWED))
@pytest.mark.parametrize("capability", list(CAPABILITIES))
def test_permission_matrix(users_by_role, parent_space, role, capability):
    user = users_by_role[role]
    allowed = CAPABILITIES[capability](user, parent_space)
    assert allowed == (capability in ALLOWED[role]), f"{role} / {capability}"


@pytest.mark.parametrize("capability", list(CAPABILITIES))
def test_anonymous_visitors_may_do_nothing(parent_space, capability):
    assert not CAPABILITIES[capability](AnonymousUser(), parent_space)


def _snapshot():
    return (
        sorted(Group.objects.values_list("name", flat=True)),
        sorted(
            Group.objects.filter(permissions__isnull=False).values_list(
                "name", "permissions__codename"
            )
        ),
        sorted(GroupPagePermission.objects.values_list("group__name", "permission__codename")),
        sorted(
            GroupCollectionPermission.objects.values_list("group__name", "permission__codename")
        ),
    )


def test_sync_is_idempotent(locales):
    before = _snapshot()
    roles.sync()
    roles.sync()
    assert _snapshot() == before
    assert set(roles.ROLES) <= set(before[0])


def test_sync_removes_permissions_added_by_hand(locales):
    """The file is the single source: a permission granted in the admin is taken back."""
    parents = Group.objects.get(name=roles.PARENT)
    parents.permissions.add(Permission.objects.get(codename="access_admin"))
    roles.sync()
    assert not parents.permissions.exists()


def test_assign_refuses_unknown_roles(parent):
    with pytest.raises(ValueError):
        roles.assign(parent, "Superuser")
