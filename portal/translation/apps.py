from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationConfig(AppConfig):
    name = "portal.translation"
    label = "translation"
    verbose_name = _("Translation")

    def ready(self):
        from wagtail.signals import page_published

        from portal.translation import outdated

        page_published.connect(outdated.page_published, dispatch_uid="passerelle-translation-pub")
