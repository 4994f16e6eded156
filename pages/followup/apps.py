from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FollowupConfig(AppConfig):
    name = "pages.followup"
    label = "followup"
    verbose_name = _("Action plan and follow-up")

    def ready(self):
        from portal.accounts import personal_data

        from . import personal
        from .models import ReviewComment, ReviewDecision

        personal_data.register(
            "review_comments",
            personal.export_comments,
            delete=personal.erase_comments,
            models=[ReviewComment, ReviewDecision],
        )
