from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import Button

from portal import ids  # noqa: F401  (registers <id:…>)

from . import admin_views
from .models import GazettePage, PaperCount


class PaperCountViewSet(ModelViewSet):
    model = PaperCount
    icon = "print"
    menu_label = _("Gazette on paper")
    add_to_settings_menu = True
    list_display = ["school_class", "language", "copies"]
    list_filter = ["language"]
    form_fields = ["school_class", "language", "copies"]


@hooks.register("register_admin_viewset")
def register_paper_viewset():
    return PaperCountViewSet("gazette_paper")


@hooks.register("register_admin_urls")
def register_gazette_admin_urls():
    return [
        path(
            "gazette/<id:page_id>/read/",
            admin_views.acknowledgements,
            name="gazette_acknowledgements",
        ),
        path(
            "gazette/<id:page_id>/print-pack/",
            admin_views.print_packs,
            name="gazette_print_packs",
        ),
        path(
            "gazette/<id:page_id>/print-pack/<str:language>/",
            admin_views.print_pack,
            name="gazette_print_pack",
        ),
        path(
            "gazette/<id:page_id>/print-pack/<str:language>/<id:class_id>/",
            admin_views.print_pack,
            name="gazette_print_pack_class",
        ),
    ]


@hooks.register("register_page_header_buttons")
def gazette_buttons(page, user, view_name=None, next_url=None):
    if not isinstance(page.specific_deferred, GazettePage):
        return
    yield Button(
        _("Who confirmed reading"),
        reverse("gazette_acknowledgements", args=[page.pk]),
        icon_name="tick",
        priority=60,
    )
    yield Button(
        _("Print packs"),
        reverse("gazette_print_packs", args=[page.pk]),
        icon_name="print",
        priority=61,
    )
