from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PartnersConfig(AppConfig):
    name = "partners"
    verbose_name = _("Partners and families")

    def ready(self):
        from portal.accounts import personal_data

        from .questions.personal_data import parents_questions

        personal_data.register("parents_questions", parents_questions)
