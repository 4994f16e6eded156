from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from portal.roles import ViewOnlyPolicy

from .models import Message


class OutboxViewSet(ModelViewSet):
    """Emails leaving the site; the Director looks here when a family says nothing arrived."""

    model = Message
    icon = "mail"
    menu_label = _("Outgoing emails")
    add_to_settings_menu = True
    list_display = ["recipient", "subject", "status", "due_at", "attempts", "last_error"]
    list_filter = ["status", "purpose", "site"]
    search_fields = ["recipient", "subject"]
    ordering = ["-created_at"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "recipient",
        "subject",
        "status",
        "purpose",
        "language",
        "created_at",
        "due_at",
        "attempts",
        "last_error",
        "sent_at",
        "failed_at",
        "text",
    ]
    form_fields = ["recipient"]


register_permission_policy(Message, ViewOnlyPolicy(Message))


@hooks.register("register_admin_viewset")
def register_outbox_viewset():
    return OutboxViewSet("outbox")
