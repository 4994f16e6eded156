"""The roles of the portal, as Django groups, and what each may do: the single source of truth.

`sync()` makes the database match this file; it runs after every migration and whenever privacy
changes, and is idempotent. Permissions are named by their codename ("app_label.codename") so that
this module imports no page family: each family adds the lines for its own models here.

Private areas stay out of the admin of the roles they exclude. Wagtail's page and collection
permissions reach everything below the node they are granted on, so a role that does not edit
private areas is granted the largest subtrees that hold none:
- a page is out of its reach when a view restriction by groups (on it or above) leaves the role's
  group out, as for the representatives' area;
- a collection is out of its reach when it (or a collection above) has any view restriction.
The ancestors of a private area (often the home page) are then left to the roles that reach it.

Views are gated with `role_required(...)`; an action a person may not take raises `Refused`,
whose message is shown to them in their language.
"""

from dataclasses import dataclass
from functools import wraps

from django.contrib.auth.models import Group, Permission
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db import transaction

from wagtail.permission_policies import ModelPermissionPolicy

DIRECTOR = "Director"
TEACHER = "Teacher"
REPRESENTATIVE = "Representative"
TRANSLATOR = "Translator"
PARENT = "Parent"

#: Roles a Director may invite someone to. Parents sign up by themselves.
INVITABLE = (DIRECTOR, TEACHER, REPRESENTATIVE, TRANSLATOR)
#: Roles that open the Wagtail admin, and so must go through the same login and two-factor checks.
ADMIN_ROLES = (DIRECTOR, TEACHER, TRANSLATOR)


@dataclass(frozen=True)
class Role:
    name: str
    #: Django model permissions, "app_label.codename".
    permissions: tuple = ()
    #: Wagtail page permissions, on every locale's tree.
    page_permissions: tuple = ()
    #: Wagtail image and document permissions, on the collections.
    collection_permissions: tuple = ()
    two_factor_required: bool = False
    #: Whether the role works in private areas too; otherwise they are out of its reach.
    reaches_private_areas: bool = False
    #: Whether its page permissions reach the source language's pages; Translators work only in
    #: the trees of the other languages (and, per person, only in their own: portal/translation).
    edits_source_pages: bool = True


ROLES = {
    DIRECTOR: Role(
        DIRECTOR,
        permissions=(
            "wagtailadmin.access_admin",
            "portal.change_schoolsettings",
            "school_calendar.change_schoolcalendarsettings",
            *(
                f"school_calendar.{action}_schoolday"
                for action in ("add", "change", "delete", "view")
            ),
            "accounts.add_invitation",
            "accounts.view_invitation",
            *(f"classes.{action}_schoolclass" for action in ("add", "change", "delete", "view")),
            "notify.view_message",
            *(f"events.view_{model}" for model in ("rsvp", "slot", "booking")),
            "wagtail_localize.submit_translation",
            "wagtailcore.view_locale",
            "wagtailredirects.add_redirect",
            "wagtailredirects.change_redirect",
            "wagtailredirects.delete_redirect",
            *(
                f"resources.{action}_{model}"
                for model in ("theme", "schoollevel", "format", "audience")
                for action in ("add", "change", "delete", "view")
            ),
            *(
                f"partners.{action}_{model}"
                for model in ("partner", "question", "campaign")
                for action in ("add", "change", "delete", "view")
            ),
            "partners.change_parentquestion",
            "partners.delete_parentquestion",
            "partners.view_parentquestion",
            "gazette.change_gazettesettings",
            *(f"gazette.{action}_papercount" for action in ("add", "change", "delete", "view")),
        ),
        page_permissions=("add_page", "change_page", "publish_page", "lock_page", "unlock_page"),
        collection_permissions=(
            "wagtailimages.add_image",
            "wagtailimages.change_image",
            "wagtailimages.choose_image",
            "wagtailimages.delete_image",
            "wagtaildocs.add_document",
            "wagtaildocs.change_document",
            "wagtaildocs.choose_document",
            "wagtaildocs.delete_document",
        ),
        two_factor_required=True,
        reaches_private_areas=True,
    ),
    TEACHER: Role(
        TEACHER,
        permissions=(
            "wagtailadmin.access_admin",
            "classes.view_schoolclass",
            "partners.view_partner",
            "partners.change_parentquestion",
            "partners.view_parentquestion",
            # Their own events' answers and their own slots only: see pages/events/admin.py.
            *(f"events.view_{model}" for model in ("rsvp", "slot", "booking")),
        ),
        page_permissions=("add_page", "change_page"),
        collection_permissions=(
            "wagtailimages.add_image",
            "wagtailimages.choose_image",
            "wagtaildocs.add_document",
            "wagtaildocs.choose_document",
        ),
        two_factor_required=True,
    ),
    TRANSLATOR: Role(
        TRANSLATOR,
        permissions=("wagtailadmin.access_admin", "wagtail_localize.submit_translation"),
        page_permissions=("add_page", "change_page"),
        collection_permissions=("wagtailimages.choose_image", "wagtaildocs.choose_document"),
        two_factor_required=True,
        edits_source_pages=False,
    ),
    REPRESENTATIVE: Role(REPRESENTATIVE),
    PARENT: Role(PARENT),
}


def _permission(dotted):
    app_label, codename = dotted.split(".", 1)
    try:
        return Permission.objects.get(content_type__app_label=app_label, codename=codename)
    except Permission.DoesNotExist:
        raise Permission.DoesNotExist(f"No permission {dotted}") from None


def _ensure_translation_permission():
    # wagtail-localize creates this one in a data migration, which a database flush undoes.
    from django.contrib.contenttypes.models import ContentType

    content_type, _created = ContentType.objects.get_or_create(
        app_label="wagtail_localize", model="translation"
    )
    Permission.objects.get_or_create(
        content_type=content_type,
        codename="submit_translation",
        defaults={"name": "Can submit translations"},
    )


#: Wagtail's starter groups, replaced by the roles above.
WAGTAIL_STARTER_GROUPS = ("Editors", "Moderators")


def _directors_approve(director_group):
    # Wagtail's default workflow asks its "Moderators" group to approve: Directors do it here.
    from wagtail.models import GroupApprovalTask

    for task in GroupApprovalTask.objects.all():
        task.groups.add(director_group)
        task.groups.remove(*task.groups.filter(name__in=WAGTAIL_STARTER_GROUPS))


def _within_reach(root, private_paths):
    """The fewest nodes whose subtrees hold every node under `root` but none of `private_paths`
    (tree paths of Wagtail's pages or collections) nor anything below them."""
    if any(root.path.startswith(path) for path in private_paths):
        return []
    if not any(path.startswith(root.path) for path in private_paths):
        return [root]
    return [node for child in root.get_children() for node in _within_reach(child, private_paths)]


def _translated_trees(nodes, private_paths):
    """`nodes` narrowed to the pages outside the source language: the root above every tree is
    replaced by the home pages of the other languages (and the subtrees of those within reach)."""
    from django.conf import settings

    narrowed = []
    for node in nodes:
        if node.depth > 1:
            if node.locale.language_code != settings.LANGUAGE_CODE:
                narrowed.append(node)
            continue
        for home in node.get_children().exclude(locale__language_code=settings.LANGUAGE_CODE):
            narrowed.extend(_within_reach(home, private_paths))
    return narrowed


def _private_page_paths(**leaving_out):
    from wagtail.models import PageViewRestriction

    restrictions = PageViewRestriction.objects.filter(
        restriction_type=PageViewRestriction.GROUPS
    ).exclude(**leaving_out)
    return set(restrictions.values_list("page__path", flat=True))


def private_areas_out_of_reach(user):
    """Tree paths of the private areas `user` may not see in the admin: Wagtail's page chooser
    lists every page whatever the permissions, so it is filtered with these."""
    if user.is_superuser or any(
        ROLES[name].reaches_private_areas for name in roles_of(user) if name in ROLES
    ):
        return set()
    return _private_page_paths(groups__user=user)


def _private_collection_paths():
    from wagtail.models import CollectionViewRestriction

    return set(CollectionViewRestriction.objects.values_list("collection__path", flat=True))


def _grant(model, group, field, nodes, permissions):
    """Make `group` hold exactly `permissions` on exactly `nodes` through `model` (Wagtail's
    GroupPagePermission or GroupCollectionPermission)."""
    wanted = {(node.pk, perm.pk) for node in nodes for perm in permissions}
    stale = []
    held = model.objects.filter(group=group)
    for pk, node_id, perm_id in held.values_list("pk", f"{field}_id", "permission_id"):
        if (node_id, perm_id) in wanted:
            wanted.discard((node_id, perm_id))
        else:
            stale.append(pk)
    model.objects.filter(pk__in=stale).delete()
    model.objects.bulk_create(
        model(group=group, permission_id=perm_id, **{f"{field}_id": node_id})
        for node_id, perm_id in sorted(wanted)
    )


@transaction.atomic
def sync():
    """Create the role groups and give each exactly the permissions listed in ROLES, on the
    pages and collections within its reach."""
    from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

    _ensure_translation_permission()
    root_page = Page.get_first_root_node()
    root_collection = Collection.get_first_root_node()
    private_collections = _private_collection_paths()
    for role in ROLES.values():
        group, _created = Group.objects.get_or_create(name=role.name)
        group.permissions.set([_permission(p) for p in role.permissions])
        if root_page:
            private = set() if role.reaches_private_areas else _private_page_paths(groups=group)
            pages = _within_reach(root_page, private) if role.page_permissions else []
            if not role.edits_source_pages:
                pages = _translated_trees(pages, private)
            perms = [_permission(f"wagtailcore.{p}") for p in role.page_permissions]
            _grant(GroupPagePermission, group, "page", pages, perms)
        if root_collection:
            private = set() if role.reaches_private_areas else private_collections
            collections = _within_reach(root_collection, private)
            perms = [_permission(p) for p in role.collection_permissions]
            _grant(GroupCollectionPermission, group, "collection", collections, perms)
    _directors_approve(Group.objects.get(name=DIRECTOR))
    Group.objects.filter(name__in=WAGTAIL_STARTER_GROUPS).delete()
    if root_page:
        from portal.translation.review import ensure_workflow

        ensure_workflow()


def sync_after_privacy_change(**kwargs):
    """Receiver for view restrictions and tree changes: the grants follow once the change is
    committed (a deletion in progress must not be granted anew)."""
    transaction.on_commit(sync)


def sync_after_page_created(sender, instance, created, raw=False, **kwargs):
    """A new page beside a private area is outside every subtree granted so far."""
    from wagtail.models import Page, PageViewRestriction

    if not created or raw or not isinstance(instance, Page) or instance.depth is None:
        return
    if instance.depth == 2:
        # A home page in a new language: Translators are granted its tree.
        transaction.on_commit(sync)
        return
    parent_path = instance.path[: -Page.steplen]
    beside_private = PageViewRestriction.objects.filter(
        restriction_type=PageViewRestriction.GROUPS, page__path__startswith=parent_path
    ).exists()
    if beside_private:
        transaction.on_commit(sync)


def sync_after_migrate(sender, **kwargs):
    """post_migrate receiver: runs once, after the last app, when every permission exists."""
    from django.apps import apps
    from django.contrib.auth.management import create_permissions

    with_models = [config for config in apps.get_app_configs() if config.models_module is not None]
    if sender.label == with_models[-1].label:
        # Receivers run in the order apps connected them: make sure every permission exists first.
        for config in with_models:
            create_permissions(config, verbosity=0, using=kwargs.get("using", "default"))
        sync()


def roles_of(user):
    """The names of the roles a user holds."""
    if not user.is_authenticated:
        return set()
    return set(user.groups.values_list("name", flat=True))


def needs_second_factor(user):
    """Whoever can open the admin, where families' data is, signs in with a second factor."""
    if not user.is_authenticated:
        return False
    return user.is_superuser or any(
        ROLES[name].two_factor_required for name in roles_of(user) if name in ROLES
    )


def has_role(user, *names):
    """Whether `user` holds one of the roles `names` (superusers hold them all)."""
    return bool(roles_of(user) & set(names)) or (user.is_authenticated and user.is_superuser)


def assign(user, name):
    """Give a user a role (and admin access for the roles that need it)."""
    if name not in ROLES:
        raise ValueError(f"Unknown role: {name}")
    user.groups.add(Group.objects.get(name=name))


class Refused(Exception):
    """An action the site declines (a full event, a slot just taken). Raise it with a message
    already translated (gettext_lazy): `str(error)` is shown to the person as it is."""


def _gate(allowed):
    """A view decorator: anonymous visitors are sent to log in, people `allowed(user)` refuses
    get a 403."""

    def decorator(view):
        @wraps(view)
        def gated(request, *args, **kwargs):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if not allowed(request.user):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return gated

    return decorator


def role_required(*names):
    """Gate a view to people holding one of the roles `names`."""
    return _gate(lambda user: has_role(user, *names))


def permission_required(permission):
    """Gate a view to people whose roles grant the model permission `permission` (what `ROLES`
    lists, applied by `sync()`)."""
    return _gate(lambda user: user.has_perm(permission))


class ViewOnlyPolicy(ModelPermissionPolicy):
    """For what the site writes itself (invitations sent from their page, answers, the outbox):
    in the admin, people with the view permission may list and export, nobody may edit."""

    def user_has_permission(self, user, action):
        return action == "view" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return "view" in actions and super().user_has_permission(user, "view")

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission(["view"] if "view" in actions else [])
