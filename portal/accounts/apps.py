from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from wagtail.users.apps import WagtailUsersAppConfig


class AccountsConfig(AppConfig):
    # This module holds two configurations: "portal.accounts" in INSTALLED_APPS means this one.
    default = True
    name = "portal.accounts"
    label = "accounts"
    verbose_name = _("Accounts")

    def ready(self):
        from portal.accounts import invitations, personal_data
        from portal.notify import links

        personal_data._register_account_sections()
        links.accept_legacy(invitations.PURPOSE, invitations.legacy_reader)


class UsersConfig(WagtailUsersAppConfig):
    """Wagtail's users admin, with the languages of a Translator in the user's form."""

    user_viewset = "portal.accounts.users_admin.UserViewSet"
