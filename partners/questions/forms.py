"""The "Ask the school" form, with its protections against robots that need no other site:
a field people never see, and a signed time so that a form sent too fast is refused."""

from django import forms
from django.core import signing
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.forms import TextFieldsMixin

from .models import MAX_QUESTION_LENGTH

#: People take at least this long to write a question; robots post at once.
MIN_SECONDS = 3
#: A form older than this is shown again, so that its time is fresh.
MAX_AGE_SECONDS = 24 * 3600
_SALT = "partners.ask"


def stamp():
    return signing.TimestampSigner(salt=_SALT).sign(str(int(timezone.now().timestamp())))


class AskForm(TextFieldsMixin, forms.Form):
    text = forms.CharField(
        label=_("Your question"),
        max_length=MAX_QUESTION_LENGTH,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Write in the language you like. Please do not give your child's name."),
    )
    wants_answer = forms.BooleanField(
        label=_("I would like a personal answer by email"), required=False
    )
    email = forms.EmailField(
        label=_("Your email address"),
        required=False,
        help_text=_("Only if you want a personal answer. It is used for this answer only."),
    )
    # Left empty by people: the field is hidden from view and from assistive technologies.
    website = forms.CharField(required=False, label=_("Leave this field empty"))
    started = forms.CharField(widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial["started"] = stamp()

    def clean_text(self):
        text = self.cleaned_data["text"].strip()
        if not text:
            raise forms.ValidationError(_("Please write your question."))
        return text

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("wants_answer") and not cleaned.get("email") and "email" not in self.errors:
            self.add_error("email", _("Give your email address to receive a personal answer."))
        if not cleaned.get("wants_answer"):
            cleaned["email"] = ""
        if not self._took_a_person_s_time():
            # A fresh time, so that a person who was quick can simply send again.
            self.data = self.data.copy()
            self.data["started"] = stamp()
            raise forms.ValidationError(
                _("Please read your question again, then send it."), code="too_fast"
            )
        return cleaned

    def _took_a_person_s_time(self):
        try:
            sent = signing.TimestampSigner(salt=_SALT).unsign(
                self.data.get("started", ""), max_age=MAX_AGE_SECONDS
            )
            return timezone.now().timestamp() - int(sent) >= MIN_SECONDS
        except (signing.BadSignature, ValueError):
            return False

    def is_robot(self):
        """Whether the field people never see was filled."""
        return bool(self.data.get("website"))
