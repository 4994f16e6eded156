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

A role may instead be scoped to some page types (`page_scope`): its page permissions are granted on
those pages of the source language only, and nothing else of the tree is within its reach, private
areas included. The Representatives edit the charter that way, and the `WORKFLOWS` below decide who
approves each step before a new text is published.

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
#: Roles that work in the Wagtail admin every day, where their invitation leads them. Any role
#: granted "wagtailadmin.access_admin" (Representatives too, for the charter) enrols a second
#: factor before the admin opens.
ADMIN_ROLES = (DIRECTOR, TEACHER, TRANSLATOR)


#: The snippets translated with wagtail-localize ("app_label", "model"): Translators work on
#: their translations. Charter articles are translated with their charter page.
TRANSLATABLE_SNIPPETS = (
    ("resources", "theme"),
    ("resources", "schoollevel"),
    ("resources", "format"),
    ("resources", "audience"),
    ("partners", "partner"),
    ("partners", "question"),
)


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
    #: Page types ("app_label.model") its page permissions are limited to, in the source language.
    page_scope: tuple = ()


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
            # The people of the school: their roles and a Translator's languages (never an
            # administrator's account: portal/accounts/users_admin.py).
            "accounts.view_user",
            "accounts.change_user",
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
            # Publishing the translatable snippets: the French ones, and approving translations.
            *(f"{label}.publish_{model}" for label, model in TRANSLATABLE_SNIPPETS),
            "partners.change_parentquestion",
            "partners.delete_parentquestion",
            "partners.view_parentquestion",
            "gazette.change_gazettesettings",
            "charter.run_consultation",
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
        # The translatable snippets too, but only their translations into the person's own
        # languages: never the French ones, never adding or deleting (portal/translation/access.py).
        # Never publishing: a translation goes through "Translation review" (portal/translation).
        permissions=(
            "wagtailadmin.access_admin",
            "wagtail_localize.submit_translation",
            *(
                f"{label}.{action}_{model}"
                for label, model in TRANSLATABLE_SNIPPETS
                for action in ("change", "view")
            ),
        ),
        page_permissions=("add_page", "change_page"),
        collection_permissions=("wagtailimages.choose_image", "wagtaildocs.choose_document"),
        two_factor_required=True,
        edits_source_pages=False,
    ),
    REPRESENTATIVE: Role(
        REPRESENTATIVE,
        # The charter's draft, and nothing else: no publishing, no other page, no file.
        permissions=("wagtailadmin.access_admin",),
        page_permissions=("change_page",),
        two_factor_required=True,
        page_scope=("charter.charterpage",),
    ),
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


@dataclass(frozen=True)
class PageWorkflow:
    """A Wagtail workflow of group approvals, put on every page of one type in the source
    language: `steps` are (task name, role approving it), in order."""

    name: str
    page_type: str
    steps: tuple


#: The names stored for the charter's workflow and its steps.
CHARTER_WORKFLOW = "Charter review"
REPRESENTATIVES_REVIEW = "Representatives’ review"
DIRECTOR_APPROVAL = "Director approval"

WORKFLOWS = (
    PageWorkflow(
        CHARTER_WORKFLOW,
        "charter.charterpage",
        ((REPRESENTATIVES_REVIEW, REPRESENTATIVE), (DIRECTOR_APPROVAL, DIRECTOR)),
    ),
)


def _directors_approve(director_group):
    # Wagtail's default workflow asks its "Moderators" group to approve: Directors do it here.
    # The steps of the WORKFLOWS above keep exactly the role they name.
    from wagtail.models import GroupApprovalTask

    named = {step for workflow in WORKFLOWS for step, _role in workflow.steps}
    for task in GroupApprovalTask.objects.exclude(name__in=named):
        task.groups.add(director_group)
        task.groups.remove(*task.groups.filter(name__in=WAGTAIL_STARTER_GROUPS))


def _pages_of_type(label):
    """The pages of one type ("app_label.model") in the source language."""
    from django.conf import settings

    from wagtail.models import Page

    app_label, model = label.split(".")
    return Page.objects.filter(
        content_type__app_label=app_label,
        content_type__model=model,
        locale__language_code=settings.LANGUAGE_CODE,
    )


def _ensure_workflows():
    """Create the WORKFLOWS (once), each step approved by its role only, and put them on their
    pages; idempotent."""
    from wagtail.models import GroupApprovalTask, Workflow, WorkflowPage, WorkflowTask

    for spec in WORKFLOWS:
        workflow = Workflow.objects.filter(name=spec.name).first()
        if workflow is None:
            workflow = Workflow.objects.create(name=spec.name)
        for order, (step, role) in enumerate(spec.steps):
            task = GroupApprovalTask.objects.filter(name=step).first()
            if task is None:
                task = GroupApprovalTask.objects.create(name=step)
            task.groups.set([Group.objects.get(name=role)])
            # WorkflowTask hangs from the workflow by a ParentalKey: saved by itself.
            WorkflowTask.objects.update_or_create(
                workflow=workflow, task=task, defaults={"sort_order": order}
            )
        for page in _pages_of_type(spec.page_type):
            WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})


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
    lists every page whatever the permissions, so it is filtered with these. A role scoped to a
    few page types works on none of them, even those it may read on the site."""
    held = [ROLES[name] for name in roles_of(user) if name in ROLES]
    if user.is_superuser or any(role.reaches_private_areas for role in held):
        return set()
    editing = [role.name for role in held if role.page_permissions and not role.page_scope]
    return _private_page_paths(groups__user=user, groups__name__in=editing)


def page_scoped(user):
    """Whether every role of `user` that works on pages is scoped to a few page types: the
    admin's choosers then offer only those pages (and the way down to them)."""
    working = [ROLES[name] for name in roles_of(user) if name in ROLES]
    working = [role for role in working if role.page_permissions]
    return not user.is_superuser and bool(working) and all(role.page_scope for role in working)


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
            if role.page_scope:
                pages = [
                    page
                    for label in role.page_scope
                    for page in _pages_of_type(label)
                    if not any(page.path.startswith(path) for path in private)
                ]
            elif not role.edits_source_pages:
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
    _ensure_workflows()
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
    scoped = {label for role in ROLES.values() for label in role.page_scope}
    scoped.update(workflow.page_type for workflow in WORKFLOWS)
    if instance.depth == 2 or instance._meta.label_lower in scoped:
        # A home page in a new language (Translators are granted its tree), or a page a role or
        # a workflow is scoped to.
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
        from wagtail.snippets.models import create_extra_permissions

        using = kwargs.get("using", "default")
        for config in with_models:
            create_permissions(config, verbosity=0, using=using)
        # Wagtail's "publish" permissions of the snippets with drafts.
        create_extra_permissions(apps.get_app_config("wagtailsnippets"), using=using)
        sync()


#: Who reads what is kept for the representatives: their area and their meetings.
REPRESENTATIVES_READERS = (REPRESENTATIVE, DIRECTOR)


def _restrictions_for(page, readers):
    from wagtail.models import PageViewRestriction

    wanted = set(readers)
    return [
        restriction
        for restriction in PageViewRestriction.objects.filter(
            page=page, restriction_type=PageViewRestriction.GROUPS
        ).prefetch_related("groups")
        if {group.name for group in restriction.groups.all()} == wanted
    ]


def keep_private(page, readers):
    """Restrict `page` to the roles `readers`, as the admin's privacy dialog does; nothing
    changes if the page has a restriction already."""
    from wagtail.models import PageViewRestriction

    if PageViewRestriction.objects.filter(page=page).exists():
        return
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set(Group.objects.filter(name__in=readers))
    transaction.on_commit(sync)


def release(page, readers):
    """Lift the restriction `keep_private(page, readers)` put, and no other."""
    found = _restrictions_for(page, readers)
    for restriction in found:
        restriction.delete()
    if found:
        transaction.on_commit(sync)


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


def may_edit_account(editor, account):
    """Directors edit the school's people; an administrator's account only another
    administrator (its email or password would otherwise be theirs to change)."""
    return editor.is_superuser or not account.is_superuser


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
