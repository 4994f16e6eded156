from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from portal.accounts.models import Invitation
from portal.roles import ViewOnlyPolicy


class InvitationViewSet(ModelViewSet):
    model = Invitation
    icon = "mail"
    menu_label = _("Invitations")
    add_to_settings_menu = True
    list_display = ["email", "role", "language", "created_at", "accepted_at"]
    list_filter = ["role", "language"]
    search_fields = ["email"]
    form_fields = ["email", "role", "language"]
    inspect_view_enabled = True


register_permission_policy(Invitation, ViewOnlyPolicy(Invitation))
invitation_viewset = InvitationViewSet("invitations")


@hooks.register("register_admin_viewset")
def register_invitation_viewset():
    return invitation_viewset


class InviteMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("accounts.add_invitation")


@hooks.register("register_settings_menu_item")
def register_invite_menu_item():
    # Without a language prefix: the front-end page opens in the person's language.
    return InviteMenuItem(
        _("Invite someone"), "/accounts/invitations/", icon_name="mail", order=900
    )
