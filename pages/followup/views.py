"""The review page for the representatives and the team: figures, comments, decisions."""

import hashlib

from django import forms
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from portal import roles
from portal.forms import TextFieldsMixin
from portal.i18n import url_in_language

from . import charts, indicators
from .models import DecisionKind, Status
from .reviews import record_decision

#: Who may comment on a review (the page's view restriction lets the same people read it).
COMMENTERS = (roles.REPRESENTATIVE, roles.DIRECTOR, roles.TEACHER)
#: At most this many comments per person and hour.
COMMENTS_PER_HOUR = 10


class CommentForm(TextFieldsMixin, forms.Form):
    body = forms.CharField(
        label=gettext_lazy("Your comment"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class DecisionForm(TextFieldsMixin, forms.Form):
    kind = forms.ChoiceField(label=gettext_lazy("Decision"), choices=DecisionKind.choices)
    action = forms.ModelChoiceField(label=gettext_lazy("Action"), queryset=None, required=False)
    title = forms.CharField(
        label=gettext_lazy("New action"),
        max_length=200,
        required=False,
        help_text=gettext_lazy("Only to add an action."),
    )
    status = forms.ChoiceField(
        label=gettext_lazy("New status"),
        choices=[("", "—"), *Status.choices],
        required=False,
    )
    note = forms.CharField(
        label=gettext_lazy("Why"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, plan, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["action"].queryset = plan.actions.all()

    def clean(self):
        data = super().clean()
        kind = data.get("kind")
        if kind == DecisionKind.ADD and not data.get("title", "").strip():
            self.add_error("title", _("Give the new action a title."))
        if kind in (DecisionKind.STATUS, DecisionKind.DROP) and not data.get("action"):
            self.add_error("action", _("Choose the action this decision is about."))
        if kind == DecisionKind.STATUS and not data.get("status"):
            self.add_error("status", _("Choose the new status."))
        return data


def _limited(user):
    key = "followup:comments:" + hashlib.sha256(str(user.pk).encode()).hexdigest()[:24]
    cache.add(key, 0, 3600)
    try:
        count = cache.incr(key)
    except ValueError:
        cache.set(key, 1, 3600)
        count = 1
    return count > COMMENTS_PER_HOUR


def review_context(review, request, printing=False):
    figures = indicators.Figures.from_json(review.figures) if review.figures else None
    user = request.user
    context = {
        "figures": figures,
        "charts": charts.for_rows(figures.rows) if figures else {},
        "comments": review.comments.select_related("author"),
        "decisions": review.decisions.select_related("action"),
        "printing": printing,
        # In the visitor's language: a French review read in Arabic keeps its Arabic interface.
        "here": url_in_language(review),
    }
    if not printing:
        plan = review.get_parent().specific
        context["plan"] = plan
        context["plan_url"] = url_in_language(plan)
        context["can_comment"] = roles.has_role(user, *COMMENTERS)
        context["can_decide"] = roles.has_role(user, roles.DIRECTOR)
        context.setdefault("comment_form", CommentForm())
        context.setdefault("decision_form", DecisionForm(plan=plan))
    return context


def _render_with(review, request, **forms_given):
    context = review.get_context(request)
    context.update(forms_given)
    return TemplateResponse(request, review.get_template(request), context, status=400)


def review_post(review, request):
    user = request.user
    if not user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    what = request.POST.get("form")
    if what == "decision":
        if not roles.has_role(user, roles.DIRECTOR):
            raise PermissionDenied
        plan = review.get_parent().specific
        form = DecisionForm(request.POST, plan=plan)
        if not form.is_valid():
            return _render_with(review, request, decision_form=form)
        data = form.cleaned_data
        try:
            record_decision(
                review,
                user,
                data["kind"],
                action=data.get("action"),
                title=data.get("title", "").strip(),
                status=data.get("status", ""),
                note=data.get("note", ""),
            )
        except roles.Refused as refusal:
            form.add_error(None, str(refusal))
            return _render_with(review, request, decision_form=form)
        messages.success(request, _("The decision is recorded and the action plan is updated."))
        return redirect(url_in_language(review) + "#decisions")
    if not roles.has_role(user, *COMMENTERS):
        raise PermissionDenied
    form = CommentForm(request.POST)
    if not form.is_valid():
        return _render_with(review, request, comment_form=form)
    if _limited(user):
        form.add_error(None, _("You have sent many comments in a short time. Please wait an hour."))
        response = _render_with(review, request, comment_form=form)
        response.status_code = 429
        return response
    review.comments.create(author=user, body=form.cleaned_data["body"])
    messages.success(request, _("Your comment is added to the review."))
    return redirect(url_in_language(review) + "#comments")
