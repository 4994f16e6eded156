from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("School")

    def ready(self):
        from django.db.models.signals import post_migrate

        from portal import roles

        post_migrate.connect(roles.sync_after_migrate, dispatch_uid="passerelle-roles")
