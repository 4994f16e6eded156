from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GazetteConfig(AppConfig):
    name = "pages.gazette"
    label = "gazette"
    verbose_name = _("Gazette")

    def ready(self):
        from django.db.models.signals import post_save

        from wagtail.models import Revision

        from portal import freshness, periodic
        from portal.accounts import personal_data, profile

        from . import delivery, personal, subscriptions, tasks
        from .models import Delivery, GazetteSubscription

        personal_data.register(
            "gazette_subscriptions",
            personal.export_subscriptions,
            delete=personal.erase_subscriptions,
            models=[GazetteSubscription],
        )
        profile.register("gazette", "gazette/includes/profile.html", subscriptions.profile_card)
        # Who was sent an issue never shows on a visitor's page: a batch keeps the page cache.
        freshness.quiet(Delivery._meta.db_table)
        delivery.connect()
        post_save.connect(
            tasks.schedule_publication, sender=Revision, dispatch_uid="gazette-schedule"
        )
        periodic.daily(tasks.publish_due_issues)
