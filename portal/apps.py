from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("School")

    def ready(self):
        from django.db.models.signals import post_delete, post_migrate, post_save

        from portal import pages, periodic, roles

        post_migrate.connect(roles.sync_after_migrate, dispatch_uid="passerelle-roles")
        post_migrate.connect(periodic.schedule, dispatch_uid="passerelle-daily-tasks")
        post_save.connect(pages.tree_changed, dispatch_uid="passerelle-tree-saved")
        post_delete.connect(pages.tree_changed, dispatch_uid="passerelle-tree-deleted")
