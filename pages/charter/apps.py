from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CharterConfig(AppConfig):
    name = "pages.charter"
    label = "charter"
    verbose_name = _("Charter")

    def ready(self):
        from wagtail.signals import page_published

        from pages.reps.models import PrivilegedChoice, RepresentativeAreaPage
        from portal.accounts import personal_data

        from . import personal
        from .models import CharterPage, Comment, Proposal, Support
        from .versions import record_adopted_version

        personal_data.register(
            "charter_contributions",
            personal.export_contributions,
            delete=personal.erase_contributions,
            models=[
                Proposal,
                Comment,
                Support,
                CharterPage,
                RepresentativeAreaPage,
                PrivilegedChoice,
            ],
        )
        page_published.connect(record_adopted_version, sender=CharterPage)
