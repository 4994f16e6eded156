from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("School")

    def ready(self):
        from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save

        from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction
        from wagtail.signals import post_page_move

        from portal import freshness, periodic, roles

        freshness.connect(self)

        post_migrate.connect(roles.sync_after_migrate, dispatch_uid="passerelle-roles")
        post_migrate.connect(periodic.schedule, dispatch_uid="passerelle-daily-tasks")
        # Who reaches what in the admin follows privacy and the shape of the trees.
        for model in (PageViewRestriction, CollectionViewRestriction, Collection):
            for action, signal in (("save", post_save), ("delete", post_delete)):
                signal.connect(
                    roles.sync_after_privacy_change,
                    sender=model,
                    dispatch_uid=f"passerelle-roles-{action}-{model.__name__}",
                )
        for model in (PageViewRestriction, CollectionViewRestriction):
            m2m_changed.connect(
                roles.sync_after_privacy_change,
                sender=model.groups.through,
                dispatch_uid=f"passerelle-roles-groups-{model.__name__}",
            )
        post_page_move.connect(
            roles.sync_after_privacy_change, dispatch_uid="passerelle-roles-move"
        )
        post_save.connect(roles.sync_after_page_created, dispatch_uid="passerelle-roles-new-page")
