import csv

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.admin.utils import quote
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.models import Locale, Page, get_page_models
from wagtail.snippets.permissions import get_permission_name
from wagtail_localize.models import Translation
from wagtail_localize.views.submit_translations import SubmitPageTranslationView as Base
from wagtail_localize.views.submit_translations import (
    SubmitSnippetTranslationView as SnippetBase,
)

from portal import roles
from portal.schools import school_of
from portal.translation import status
from portal.translation.access import is_limited, languages_of, may_work_in
from portal.translation.review import reviewed_snippets, submit_for_review


class OwnLanguagesMixin:
    """wagtail-localize's submit form, listing only the person's languages."""

    def get_form(self):
        form = super().get_form()
        allowed = Locale.objects.filter(language_code__in=languages_of(self.request.user))
        form.fields["locales"].queryset = form.fields["locales"].queryset.filter(
            pk__in=allowed.values("pk")
        )
        return form


class SubmitPageTranslationView(OwnLanguagesMixin, Base):
    """wagtail-localize's "Translate this page"."""


class SubmitSnippetTranslationView(OwnLanguagesMixin, SnippetBase):
    """wagtail-localize's "Translate" of a snippet (a theme, a partner, a question)."""


class StatusFilters(forms.Form):
    language = forms.ChoiceField(label=gettext_lazy("Language"), required=False)
    page_type = forms.ChoiceField(label=gettext_lazy("Page type"), required=False)
    section = forms.ChoiceField(label=gettext_lazy("Section"), required=False)
    status = forms.ChoiceField(label=gettext_lazy("Status"), required=False)

    def __init__(self, *args, site_root=None, **kwargs):
        super().__init__(*args, **kwargs)
        every = [("", _("All"))]
        names = dict(settings.LANGUAGES)
        self.fields["language"].choices = every + [(c, names[c]) for c in status.languages()]
        types = sorted(
            (ContentType.objects.get_for_model(model).pk, str(model._meta.verbose_name))
            for model in get_page_models()
            if model is not Page
        )
        self.fields["page_type"].choices = every + [(str(pk), name) for pk, name in types]
        sections = []
        if site_root is not None:
            sections = site_root.get_children().values_list("pk", "title")
        self.fields["section"].choices = every + [(str(pk), title) for pk, title in sections]
        self.fields["status"].choices = every + list(status.STATUS_LABELS.items())


@roles.role_required(roles.DIRECTOR, roles.TRANSLATOR)
def status_report(request):
    site = school_of(request).site
    site_root = site.root_page if site is not None else None
    if site_root is not None and site_root.locale.language_code != settings.LANGUAGE_CODE:
        site_root = site_root.get_translation_or_none(site_root.locale.get_default()) or site_root
    form = StatusFilters(request.GET or None, site_root=site_root)
    chosen = form.cleaned_data if form.is_valid() else {}
    found = status.rows(
        site_root,
        language=chosen.get("language") or None,
        content_type_id=chosen.get("page_type") or None,
        section_id=chosen.get("section") or None,
        status=chosen.get("status") or None,
    )
    own = languages_of(request.user) if is_limited(request.user) else set()
    if own:
        found = status.queue_first(found, own)
    names = dict(settings.LANGUAGES)
    if request.GET.get("export") == "csv":
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="translation-status.csv"'
        writer = csv.writer(response)
        writer.writerow(
            [_("Page"), _("Page type"), _("Section"), _("Language"), _("Status"), _("Since")]
        )
        for row in found:
            writer.writerow(
                [
                    row.title,
                    row.page_type,
                    row.section,
                    names.get(row.language, row.language),
                    row.status_label,
                    row.since.date().isoformat() if row.since else "",
                ]
            )
        return response
    totals = status.totals(found)
    for line in totals:
        line["name"] = names.get(line["language"], line["language"])
    query = request.GET.copy()
    query["export"] = "csv"
    return TemplateResponse(
        request,
        "translation/status.html",
        {
            "form": form,
            "rows": found,
            "totals": totals,
            "own": own,
            "names": names,
            "csv_query": query.urlencode(),
        },
    )


@roles.role_required(roles.DIRECTOR, roles.TRANSLATOR)
def request_review(request, translation_id):
    """A Translator's "Submit for review": the translation becomes a draft of the translated page
    or snippet and goes through the "Translation review" workflow before it is live."""
    translation = get_object_or_404(Translation, pk=translation_id, enabled=True)
    if not may_work_in(request.user, translation.target_locale):
        raise PermissionDenied
    target = translation.get_target_instance()
    if isinstance(target, Page):
        if not target.permissions_for_user(request.user).can_edit():
            raise PermissionDenied
        edit_url = reverse("wagtailadmin_pages:edit", args=[target.pk])
    else:
        if type(target) not in reviewed_snippets() or not request.user.has_perm(
            get_permission_name("change", type(target))
        ):
            raise PermissionDenied
        edit_url = reverse(target.snippet_viewset.get_url_name("edit"), args=[quote(target.pk)])
    if request.method == "POST":
        submit_for_review(translation, request.user)
        messages.success(request, _("The translation was sent for review."))
        return redirect(edit_url)
    return TemplateResponse(
        request,
        "translation/request_review.html",
        {"translation": translation, "object": target, "edit_url": edit_url},
    )
