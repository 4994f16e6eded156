from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FollowupConfig(AppConfig):
    name = "pages.followup"
    label = "followup"
    verbose_name = _("Action plan and follow-up")

    def ready(self):
        from wagtail.signals import page_published

        from portal.accounts import personal_data

        from . import personal
        from .models import ReviewComment, ReviewDecision

        page_published.connect(_election_in_agenda, dispatch_uid="followup_election_in_agenda")
        personal_data.register(
            "review_comments",
            personal.export_comments,
            delete=personal.erase_comments,
            models=[ReviewComment, ReviewDecision],
        )


def _election_in_agenda(sender, instance, **kwargs):
    from .agenda import show_in_agenda
    from .models import ElectionPage

    if issubclass(sender, ElectionPage):
        show_in_agenda(instance)
