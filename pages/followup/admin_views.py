"""The follow-up dashboard in the admin: every indicator of a quarter with its change and a
chart, the CSV of every figure, and the button that opens the quarter's review."""

import csv

from django import forms
from django.conf import settings
from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import reverse_lazy
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from portal import roles
from portal.classes.models import SchoolClass
from portal.i18n import url_in_language
from portal.notify.exports import FORMULA_STARTS
from portal.schools import school_of

from . import charts, indicators
from .models import QuarterlyReviewPage
from .periods import QUARTERS, Quarter, quarter_of
from .reviews import open_review, plan_of

#: A year further off than this is refused (an address with year 1 or 99999).
YEARS = range(1990, 2200)


def period_from(params, zone):
    """The quarter an address asks for, and whether it asked for one that does not exist (then
    the current quarter is shown)."""
    current = quarter_of(timezone.now().astimezone(zone).date())
    if "year" not in params and "quarter" not in params:
        return current, False
    year, number = params.get("year", ""), params.get("quarter", "")
    # Digits only and short: int() would take " 2026", "2_026" or a 400-digit number.
    if not all(value.isascii() and value.isdigit() and len(value) <= 4 for value in (year, number)):
        return current, True
    if int(year) not in YEARS or int(number) not in QUARTERS:
        return current, True
    return Quarter(int(year), int(number)), False


def _teacher_only(user):
    return not roles.has_role(user, roles.DIRECTOR)


def _classes_for(request, school):
    found = SchoolClass.objects.of_school(school.site)
    if _teacher_only(request.user):
        found = found.filter(teacher=request.user)
    return list(found.values_list("name", flat=True))


class OpenReviewForm(forms.Form):
    year = forms.TypedChoiceField(coerce=int, choices=[(y, y) for y in YEARS])
    quarter = forms.TypedChoiceField(coerce=int, choices=[(n, n) for n in QUARTERS])
    meeting = forms.ModelChoiceField(
        label=gettext_lazy("Review meeting in the agenda"),
        queryset=None,
        required=False,
        empty_label=gettext_lazy("None yet"),
    )

    def __init__(self, *args, site, **kwargs):
        from pages.events.models import EventPage

        super().__init__(*args, **kwargs)
        self.fields["meeting"].queryset = EventPage.objects.filter(
            path__startswith=site.root_page.path,
            locale__language_code=settings.LANGUAGE_CODE,
            start__gte=timezone.now() - timezone.timedelta(days=120),
        ).order_by("start")


@method_decorator(roles.role_required(roles.DIRECTOR, roles.TEACHER), name="dispatch")
class DashboardView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "followup/admin/dashboard.html"
    page_title = gettext_lazy("Follow-up")
    header_icon = "table"
    _show_breadcrumbs = True

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse_lazy("wagtailadmin_home"), "label": gettext_lazy("Home")},
            {"url": "", "label": self.page_title},
        ]

    def get(self, request, *args, **kwargs):
        school = school_of(request)
        period, refused = period_from(request.GET, school.zone)
        if refused:
            messages.warning(
                request,
                _(
                    "The address asked for a school year or quarter that does not exist: here is "
                    "the current quarter."
                ),
            )
            if request.GET.get("export"):
                return redirect("followup_dashboard")
        figures = indicators.compute(school.site, period, classes=_classes_for(request, school))
        if _teacher_only(request.user):
            figures.rows = []
        if request.GET.get("export") == "csv":
            return figures_csv(figures)
        self.figures, self.period, self.school = figures, period, school
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        period, figures = self.period, self.figures
        plan = plan_of(self.school.site)
        review = (
            plan
            and QuarterlyReviewPage.objects.child_of(plan)
            .filter(school_year=period.year, quarter=period.number)
            .first()
        )
        context.update(
            period=period,
            figures=figures,
            charts=charts.for_rows(figures.rows),
            previous=period.previous(),
            next=period.next(),
            years=list(range(period.year - 3, period.year + 2)),
            quarters=QUARTERS,
            is_director=not _teacher_only(self.request.user),
            plan=plan,
            review=review,
            review_url=review and in_admin_language(review, self.request),
            open_form=OpenReviewForm(
                initial={"year": period.year, "quarter": period.number}, site=self.school.site
            ),
        )
        return context


def _cell(value):
    value = str(value)
    return f"'{value}" if value[:1] in FORMULA_STARTS else value


def figures_csv(figures):
    """Every figure of the dashboard, hidden under five as on screen."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="follow-up-{figures.period.key}.csv"'
    writer = csv.writer(response)
    writer.writerow(
        [_("Indicator"), _("Class"), _("Quarter"), _("Figure"), _("Change since last quarter")]
    )
    for row in figures.rows:
        this, last = row.series
        for quarter, value in last + this:
            change = row.shown_change if quarter == figures.period else ""
            writer.writerow(
                [_cell(row.indicator.label), "", quarter.label, row.shown(value), change]
            )
    for name, rows in figures.classes:
        for row in rows:
            this, last = row.series
            for quarter, value in last + this:
                writer.writerow(
                    [_cell(row.indicator.label), _cell(name), quarter.label, row.shown(value), ""]
                )
    return response


@roles.role_required(roles.DIRECTOR)
def open_review_view(request):
    school = school_of(request)
    if request.method != "POST":
        return redirect("followup_dashboard")
    form = OpenReviewForm(request.POST, site=school.site)
    if not form.is_valid():
        messages.error(request, _("Choose a school year and a quarter from the lists."))
        return redirect("followup_dashboard")
    period = Quarter(form.cleaned_data["year"], form.cleaned_data["quarter"])
    try:
        review = open_review(school, period, request.user, meeting=form.cleaned_data["meeting"])
    except roles.Refused as refusal:
        messages.error(request, str(refusal))
        return redirect(f"{_dashboard_url()}?year={period.year}&quarter={period.number}")
    messages.success(request, _("The review is open, with this quarter’s figures."))
    # The review as the representatives will read it, with the forms for decisions, in the
    # Director's language (a French page is shown under every language's address).
    return redirect(in_admin_language(review, request))


def in_admin_language(page, request):
    """The address of a page of the site under the language the admin speaks to this person."""
    return url_in_language(page)


def _dashboard_url():
    from django.urls import reverse

    return reverse("followup_dashboard")
