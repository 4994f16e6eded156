from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NotifyConfig(AppConfig):
    name = "portal.notify"
    label = "notify"
    verbose_name = _("Notifications")

    def ready(self):
        from portal.accounts import personal_data

        from .models import Message

        def export(user):
            sent = Message.objects.filter(recipient__iexact=user.email)
            return list(sent.values("subject", "created_at", "sent_at").order_by("created_at"))

        def delete(user):
            Message.objects.filter(recipient__iexact=user.email).delete()

        personal_data.register("emails", export, delete=delete, models=[Message])
