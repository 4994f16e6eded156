from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PartnersConfig(AppConfig):
    name = "partners"
    verbose_name = _("Partners and families")

    def ready(self):
        from portal.accounts import personal_data

        from .models import Partner
        from .questions import personal_data as personal
        from .questions.models import ParentQuestion

        personal_data.register(
            "parents_questions",
            personal.parents_questions,
            delete=personal.erase_parents_questions,
            models=[ParentQuestion],
        )
        personal_data.register(
            "partner_contacts",
            personal.partner_contacts,
            delete=personal.erase_partner_contacts,
            models=[Partner],
        )
