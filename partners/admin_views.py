"""Staff pages in the admin: importing a network's file, and a campaign's results."""

import csv
import io

from django import forms
from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Site

from portal import ids, roles
from portal.classes.models import SchoolClass

from .questionnaire import charts
from .questionnaire.models import Campaign
from .questionnaire.results import results, shown
from .standard.imports import MAX_BYTES, import_file
from .vocabulary import KINDS


class PermissionRequired:
    permission = ""

    def dispatch(self, request, *args, **kwargs):
        gated = roles.permission_required(self.permission)(super().dispatch)
        return gated(request, *args, **kwargs)


class ImportForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("File in the national standard (CSV)"),
        help_text=gettext_lazy("UTF-8, columns separated by commas, at most 2 MB."),
    )
    site = forms.ModelChoiceField(
        label=gettext_lazy("School"), queryset=Site.objects.order_by("site_name"), empty_label=None
    )
    kind = forms.ChoiceField(
        label=gettext_lazy("Kind of partner for new places"),
        choices=KINDS.choices,
        initial="mediation",
    )


class ImportView(PermissionRequired, WagtailAdminTemplateMixin, FormView):
    permission = "partners.add_partner"
    form_class = ImportForm
    template_name = "partners/admin/import.html"
    page_title = gettext_lazy("Import partners")
    header_icon = "upload"

    def get_initial(self):
        return {"site": Site.find_for_request(self.request), "kind": "mediation"}

    def form_valid(self, form):
        upload = form.cleaned_data["file"]
        data = upload.read(MAX_BYTES + 1)
        report = import_file(data, form.cleaned_data["site"], form.cleaned_data["kind"])
        if report.errors:
            context = self.get_context_data(form=form, report=report)
            return self.render_to_response(context, status=400)
        messages.success(
            self.request,
            _("Import done: %(created)d new places, %(updated)d updated.")
            % {"created": report.created, "updated": report.updated},
        )
        for warning in report.warnings:
            messages.warning(self.request, warning)
        if report.ignored_columns:
            messages.info(
                self.request,
                _("Columns that are not in the standard were ignored: %(columns)s.")
                % {"columns": ", ".join(report.ignored_columns)},
            )
        return redirect("wagtailsnippets_partners_partner:list")


class ResultsView(PermissionRequired, WagtailAdminTemplateMixin, TemplateView):
    permission = "partners.view_campaign"
    template_name = "partners/admin/results.html"
    header_icon = "view"

    def get_page_title(self):
        return _("Results")

    def get_page_subtitle(self):
        return str(self.campaign)

    def dispatch(self, request, pk, *args, **kwargs):
        self.campaign = get_object_or_404(Campaign, pk=pk)
        return super().dispatch(request, *args, **kwargs)

    def _school_class(self):
        value = ids.parse(self.request.GET.get("class"))
        if value is None:
            return None
        return SchoolClass.objects.filter(site=self.campaign.site_id, pk=value).first()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        school_class = self._school_class()
        found = results(self.campaign, school_class=school_class)
        context.update(
            {
                "campaign": self.campaign,
                "results": found,
                "school_class": school_class,
                "participation": charts.bars(
                    [(str(c), n) for c, n in found.classes],
                    title=_("Answers per class"),
                ),
                "charts": [
                    (
                        item,
                        charts.bars(
                            [(line.label, line.count) for line in item.lines],
                            title=item.question.display_text,
                        ),
                    )
                    for item in found.questions
                ],
            }
        )
        return context


@roles.permission_required("partners.view_campaign")
def results_csv(request, pk):
    """A campaign's counts as CSV, with small counts hidden as on the results page."""
    campaign = get_object_or_404(Campaign, pk=pk)
    found = results(campaign)
    stream = io.StringIO()
    writer = csv.writer(stream, lineterminator="\r\n")
    classes = [c for c, _n in found.classes]
    writer.writerow([_("Question"), _("Answer"), _("All classes"), *[str(c) for c in classes]])
    writer.writerow(
        [_("Answers received"), "", shown(found.responses), *[shown(n) for _c, n in found.classes]]
    )
    for item in found.questions:
        for line in item.lines:
            writer.writerow(
                [
                    item.question.display_text,
                    line.label,
                    line.display,
                    *[shown(line.by_class.get(c.pk, 0)) for c in classes],
                ]
            )
    response = HttpResponse(stream.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="questionnaire-{campaign.pk}.csv"'
    return response
