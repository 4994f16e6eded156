from django.contrib import messages
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus import MenuItem as ActionItem
from wagtail.admin.views.generic.models import IndexView
from wagtail.admin.viewsets.base import ViewSet
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from portal import ids  # noqa: F401  (registers <id:…>)

from .admin_views import ImportView, ResultsView, results_csv
from .models import Campaign, Partner, Question
from .questions.admin import ParentQuestionViewSet


class PartnerViewSet(SnippetViewSet):
    model = Partner
    icon = "group"
    menu_label = gettext_lazy("Partners")
    list_display = ["name", "kind", "town", "locale"]
    list_filter = ["kind", "site", "locale"]
    search_fields = ["name", "town"]
    list_export = [
        "name",
        "kind",
        "address",
        "postcode",
        "town",
        "phone",
        "emails",
        "opening_hours",
        "staff_contact_name",
        "staff_contact_phone",
        "staff_contact_email",
    ]
    ordering = ["name"]


class QuestionViewSet(SnippetViewSet):
    model = Question
    icon = "help"
    menu_label = gettext_lazy("Questionnaire questions")
    list_display = ["text", "sort_order", "active", "locale"]
    list_filter = ["site", "active", "locale"]
    search_fields = ["text"]
    list_export = ["text", "sort_order", "active"]
    ordering = ["sort_order"]


class CampaignIndexView(IndexView):
    def get_list_more_buttons(self, instance):
        return [
            ActionItem(
                _("Results"),
                url=reverse("partners_campaigns:results", args=(instance.pk,)),
                icon_name="view",
                priority=5,
            ),
            *super().get_list_more_buttons(instance),
        ]


class CampaignViewSet(ModelViewSet):
    model = Campaign
    index_view_class = CampaignIndexView
    icon = "list-ul"
    menu_label = gettext_lazy("Questionnaire campaigns")
    list_display = ["title", "opens_on", "closes_on", "closed_early"]
    list_filter = ["site", "closed_early"]
    search_fields = ["title"]
    list_export = ["title", "opens_on", "closes_on", "closed_early"]

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("results/<id:pk>/", ResultsView.as_view(), name="results"),
            path("results/<id:pk>/csv/", results_csv, name="results_csv"),
        ]


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("partners.add_partner")


class ImportViewSet(ViewSet):
    name = "partners_import"
    icon = "upload"
    menu_label = gettext_lazy("Import partners")
    menu_item_class = ImportMenuItem

    def get_urlpatterns(self):
        return [path("", ImportView.as_view(), name="index")]


class PartnersGroup(SnippetViewSetGroup):
    menu_label = gettext_lazy("Partners and families")
    menu_icon = "group"
    menu_order = 310
    items = (
        PartnerViewSet,
        ImportViewSet,
        ParentQuestionViewSet,
        QuestionViewSet,
        CampaignViewSet("partners_campaigns"),
    )


register_snippet(PartnersGroup)


def _warn_unreadable_hours(request, instance):
    if isinstance(instance, Partner) and not instance.hours_readable:
        messages.warning(
            request,
            _(
                "The opening hours of “%(name)s” cannot be read; families see them as typed. "
                "Write them like: Mo-Fr 09:00-12:00,14:00-18:00; Sa 09:00-12:00."
            )
            % {"name": instance.name},
        )


hooks.register("after_create_snippet", _warn_unreadable_hours)
hooks.register("after_edit_snippet", _warn_unreadable_hours)
