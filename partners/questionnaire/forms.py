from django import forms
from django.utils.translation import gettext_lazy as _


class QuestionnaireForm(forms.Form):
    """One field per question, named after the source-language question so that every language
    posts the same names; every question may be left out."""

    def __init__(self, *args, questions, classes=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = questions
        if classes:
            self.fields["school_class"] = forms.TypedChoiceField(
                label=_("Your child's class"),
                choices=[("", _("I prefer not to say"))] + [(c.pk, c.name) for c in classes],
                coerce=int,
                empty_value=None,
                required=False,
                widget=forms.RadioSelect,
            )
        for question in questions:
            choices = [(choice.code, choice.label) for choice in question.choices.all()]
            if question.multiple:
                field = forms.MultipleChoiceField(
                    choices=choices, required=False, widget=forms.CheckboxSelectMultiple
                )
            else:
                field = forms.ChoiceField(choices=choices, required=False, widget=forms.RadioSelect)
            field.label = question.text
            field.question = question
            self.fields[f"q{question.source_pk}"] = field

    def question_fields(self):
        return [self[f"q{question.source_pk}"] for question in self.questions]

    def chosen(self):
        """[(question, [chosen Choice, ...])] for the valid form."""
        found = []
        for question in self.questions:
            value = self.cleaned_data.get(f"q{question.source_pk}") or []
            codes = [value] if isinstance(value, str) else list(value)
            picked = [choice for choice in question.choices.all() if choice.code in codes]
            if picked:
                found.append((question, picked))
        return found
