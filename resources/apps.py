from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ResourcesConfig(AppConfig):
    name = "resources"
    verbose_name = _("Resource library")

    def ready(self):
        # Connects the signals that keep the cached vocabulary labels fresh.
        from . import queries  # noqa: F401
