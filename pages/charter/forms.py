"""What representatives and the school type while co-writing the charter."""

from django import forms
from django.utils.translation import gettext_lazy as _

from portal.forms import TextFieldsMixin

from .models import MAX_TEXT, ProposalKind, ProposalState


class ProposalForm(TextFieldsMixin, forms.Form):
    kind = forms.ChoiceField(
        label=_("What do you propose?"),
        choices=ProposalKind.choices,
        widget=forms.RadioSelect,
        initial=ProposalKind.CHANGE,
    )
    anchor = forms.ChoiceField(label=_("Which article?"), required=False)
    title = forms.CharField(label=_("Title of the new article"), max_length=200, required=False)
    text = forms.CharField(
        label=_("Your wording"),
        max_length=MAX_TEXT,
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Write the article as you would like it to read."),
    )
    reason = forms.CharField(
        label=_("Why?"),
        max_length=MAX_TEXT,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("A few words are enough: what this changes for families or the team."),
    )

    def __init__(self, *args, articles=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["anchor"].choices = [("", "—")] + [
            (article.anchor, article.title) for article in articles
        ]

    def clean(self):
        data = super().clean()
        kind = data.get("kind")
        if kind in (ProposalKind.CHANGE, ProposalKind.REMOVE) and not data.get("anchor"):
            self.add_error("anchor", _("Choose the article you want to change or remove."))
        if kind in (ProposalKind.CHANGE, ProposalKind.NEW) and not data.get("text"):
            self.add_error("text", _("Write the wording you propose."))
        if kind == ProposalKind.NEW and not data.get("title"):
            self.add_error("title", _("Give the new article a title."))
        return data


class CommentForm(TextFieldsMixin, forms.Form):
    text = forms.CharField(
        label=_("Your comment"), max_length=MAX_TEXT, widget=forms.Textarea(attrs={"rows": 3})
    )


class AnswerForm(TextFieldsMixin, forms.Form):
    state = forms.ChoiceField(
        label=_("Your answer"),
        choices=[
            (ProposalState.ACCEPTED, ProposalState.ACCEPTED.label),
            (ProposalState.REJECTED, ProposalState.REJECTED.label),
            (ProposalState.MERGED, ProposalState.MERGED.label),
        ],
        widget=forms.RadioSelect,
    )
    answer = forms.CharField(
        label=_("Reason, told to the proposer"),
        max_length=MAX_TEXT,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    merged_into = forms.ChoiceField(label=_("Merged into"), required=False)

    def __init__(self, *args, others=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["merged_into"].choices = [("", "—")] + [
            (str(other.pk), _("Proposal %(number)s") % {"number": other.pk}) for other in others
        ]

    def clean(self):
        data = super().clean()
        state = data.get("state")
        if state == ProposalState.REJECTED and not data.get("answer"):
            self.add_error("answer", _("Say why the proposal is not kept."))
        if state == ProposalState.MERGED and not data.get("merged_into"):
            self.add_error("merged_into", _("Choose the proposal it is merged into."))
        return data


class AdoptForm(TextFieldsMixin, forms.Form):
    adopted_on = forms.DateField(
        label=_("Adopted on"),
        widget=forms.DateInput(format="%Y-%m-%d", attrs={"type": "date"}),
    )
    adopted_by = forms.CharField(
        label=_("Adopted by"),
        max_length=200,
        help_text=_("The body that adopted it, for example the school council."),
    )
