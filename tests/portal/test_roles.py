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
    # Themes, partners, questions (French, or approving a translation: tests/portal/translation).
    "publish translatable snippets": lambda user, page: all(
        user.has_perm(f"{label}.publish_{model}") for label, model in roles.TRANSLATABLE_SNIPPETS
    ),
}

ALLOWED = {
    roles.DIRECTOR: set(CAPABILITIES),
    roles.TEACHER: {"access admin", "edit pages", "add image"},
    # Translators edit the pages of the other languages only (tests/portal/translation).
    roles.TRANSLATOR: {"access admin", "submit translation"},
    # Representatives open the admin for the charter's draft only (tests/pages/charter).
    roles.REPRESENTATIVE: {"access admin"},
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


def _fresh(user):
    # Wagtail caches a user's permissions on the object: ask as a new request would.
    return type(user).objects.get(pk=user.pk)


def _can_edit(user, page):
    page.refresh_from_db()
    return page.permissions_for_user(_fresh(user)).can_edit()


def _can_choose(user, collection):
    from wagtail.documents import get_document_model

    policy = policy_registry.get_by_type(get_document_model())
    return collection in policy.collections_user_has_permission_for(_fresh(user), "choose")


@pytest.mark.parametrize("role", [roles.TEACHER, roles.TRANSLATOR])
def test_private_areas_are_out_of_reach_of_teachers_and_translators(
    users_by_role, parent_space, private_area, private_collection, public_collection, role
):
    user = users_by_role[role]
    area, below = private_area
    assert not _can_edit(user, area) and not _can_edit(user, below)
    assert _can_edit(user, parent_space) == (role == roles.TEACHER)
    assert not _can_choose(user, private_collection)
    assert _can_choose(user, public_collection)


def test_directors_reach_everything(director, private_area, private_collection):
    area, below = private_area
    assert _can_edit(director, area) and _can_edit(director, below)
    assert _can_choose(director, private_collection)


def test_sync_stays_idempotent_with_private_areas(private_area, private_collection):
    before = _snapshot()
    roles.sync()
    assert _snapshot() == before


def test_privacy_changes_move_the_reach(teacher, home, parent_space, privacy):
    """Restricting, lifting, adding beside and moving: the grants follow each change."""
    from wagtail.models import PageViewRestriction

    from tests.pages.home.factories import StandardPageFactory
    from tests.portal.conftest import restrict

    area = StandardPageFactory(parent=home, slug="elus")
    assert _can_edit(teacher, area)
    with privacy():
        restriction = restrict(PageViewRestriction, page=area)
    assert not _can_edit(teacher, area) and _can_edit(teacher, parent_space)
    with privacy():
        later = StandardPageFactory(parent=home, slug="nouvelle-rubrique")
    assert _can_edit(teacher, later)
    with privacy():
        area.move(parent_space, pos="last-child")
    assert not _can_edit(teacher, area) and not _can_edit(teacher, parent_space)
    assert _can_edit(teacher, later)
    with privacy():
        restriction.delete()
    assert _can_edit(teacher, area) and _can_edit(teacher, parent_space)


def test_a_restriction_that_lets_teachers_in_keeps_them_in(teacher, home, privacy):
    from wagtail.models import PageViewRestriction

    from tests.pages.home.factories import StandardPageFactory
    from tests.portal.conftest import restrict

    with privacy():
        login_only = StandardPageFactory(parent=home, slug="familles")
        restrict(PageViewRestriction, page=login_only, restriction_type=PageViewRestriction.LOGIN)
        staff_room = StandardPageFactory(parent=home, slug="salle-des-maitres")
        restrict(PageViewRestriction, page=staff_room, groups=(roles.TEACHER, roles.DIRECTOR))
    assert _can_edit(teacher, login_only) and _can_edit(teacher, staff_room)


def test_collections_follow_their_restrictions(teacher, locales, privacy):
    from wagtail.models import Collection, CollectionViewRestriction

    from tests.portal.conftest import restrict

    root = Collection.get_first_root_node()
    with privacy():
        shared = root.add_child(name="Partagé")
    assert _can_choose(teacher, shared) and _can_choose(teacher, root)
    with privacy():
        restriction = restrict(CollectionViewRestriction, collection=shared)
    assert not _can_choose(teacher, shared) and not _can_choose(teacher, root)
    with privacy():
        restriction.delete()
    assert _can_choose(teacher, shared) and _can_choose(teacher, root)
