from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ClassesConfig(AppConfig):
    name = "portal.classes"
    label = "classes"
    verbose_name = _("Classes")

    def ready(self):
        from portal.accounts import personal_data

        from .models import SchoolClass

        personal_data.register(
            "classes_taught",
            lambda user: list(
                SchoolClass.objects.filter(teacher=user).values_list("name", flat=True)
            ),
            delete=lambda user: SchoolClass.objects.filter(teacher=user).update(teacher=None),
            models=[SchoolClass],
        )
