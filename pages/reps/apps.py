from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RepsConfig(AppConfig):
    name = "pages.reps"
    label = "reps"
    verbose_name = _("Representatives’ area")

    def ready(self):
        from wagtail.signals import page_published

        from .mail import tell_representatives
        from .models import MinutesPage

        page_published.connect(tell_representatives, sender=MinutesPage)
