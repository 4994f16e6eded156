from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet

from .models import SchoolClass


class SchoolClassViewSet(ModelViewSet):
    model = SchoolClass
    icon = "group"
    menu_label = _("Classes")
    add_to_settings_menu = True
    list_display = ["name", "level", "teacher", "site"]
    list_filter = ["site", "level"]
    search_fields = ["name"]
    list_export = ["name", "level", "teacher", "site"]
    ordering = ["site", "sort_order", "name"]


@hooks.register("register_admin_viewset")
def register_school_class_viewset():
    return SchoolClassViewSet("classes")
