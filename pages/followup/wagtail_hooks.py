from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from portal import roles

from .admin_views import DashboardView, open_review_view


@hooks.register("register_admin_urls")
def register_followup_urls():
    return [
        path("followup/", DashboardView.as_view(), name="followup_dashboard"),
        path("followup/review/", open_review_view, name="followup_open_review"),
    ]


class FollowupMenuItem(MenuItem):
    def is_shown(self, request):
        return roles.has_role(request.user, roles.DIRECTOR, roles.TEACHER)


@hooks.register("register_admin_menu_item")
def register_followup_menu():
    return FollowupMenuItem(
        _("Follow-up"), reverse("followup_dashboard"), icon_name="table", order=260
    )


@hooks.register("insert_global_admin_css")
def followup_admin_css():
    return format_html('<link rel="stylesheet" href="{}">', static("css/followup-admin.css"))
