import datetime

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from portal.forms import TextFieldsMixin

from .choices import Companion, MeetingMode
from .models import RSVP, Booking


class RSVPForm(TextFieldsMixin, forms.ModelForm):
    class Meta:
        model = RSVP
        fields = [
            "name",
            "email",
            "people",
            "needs_interpreter",
            "interpreter_language",
            "needs_accessibility",
            "needs_childcare",
        ]
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "people": forms.NumberInput(attrs={"min": 1, "max": 10, "inputmode": "numeric"}),
        }

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        if user is not None and user.is_authenticated:
            self.fields["name"].initial = user.get_full_name()
            self.fields["email"].initial = user.email

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("needs_interpreter") and not cleaned.get("interpreter_language"):
            self.add_error(
                "interpreter_language", _("Which language should the interpreter speak?")
            )
        return cleaned


class BookingForm(TextFieldsMixin, forms.ModelForm):
    companion = forms.ChoiceField(
        label=_("Who comes with you"),
        choices=Companion.choices,
        required=False,
        widget=forms.RadioSelect,
    )
    mode = forms.ChoiceField(
        label=_("How to meet"),
        choices=MeetingMode.choices,
        initial=MeetingMode.IN_PERSON,
        widget=forms.RadioSelect,
    )

    class Meta:
        model = Booking
        fields = [
            "name",
            "email",
            "phone",
            "child_class",
            "companion",
            "interpreter_language",
            "mode",
        ]
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "phone": forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
        }

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        if user is not None and user.is_authenticated:
            self.fields["name"].initial = user.get_full_name()
            self.fields["email"].initial = user.email

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("companion") == Companion.INTERPRETER and not cleaned.get(
            "interpreter_language"
        ):
            self.add_error(
                "interpreter_language", _("Which language should the interpreter speak?")
            )
        if cleaned.get("mode") in (MeetingMode.PHONE,) and not cleaned.get("phone"):
            self.add_error("phone", _("Give a phone number so that the teacher can call you."))
        return cleaned


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("The code we sent you by email"),
        max_length=12,
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "one-time-code"}),
    )


# A context of their own: Django formats dates with the plain names, which stay lower case.
WEEKDAYS = [
    (0, pgettext_lazy("day of the week", "Monday")),
    (1, pgettext_lazy("day of the week", "Tuesday")),
    (2, pgettext_lazy("day of the week", "Wednesday")),
    (3, pgettext_lazy("day of the week", "Thursday")),
    (4, pgettext_lazy("day of the week", "Friday")),
    (5, pgettext_lazy("day of the week", "Saturday")),
]


YEAR = datetime.timedelta(days=366)


class OpenSlotsForm(TextFieldsMixin, forms.Form):
    first_day = forms.DateField(label=_("From"), widget=forms.DateInput(attrs={"type": "date"}))
    weekday = forms.TypedChoiceField(label=_("Day of the week"), choices=WEEKDAYS, coerce=int)
    start = forms.TimeField(label=_("From (time)"), widget=forms.TimeInput(attrs={"type": "time"}))
    end = forms.TimeField(label=_("Until (time)"), widget=forms.TimeInput(attrs={"type": "time"}))
    minutes = forms.IntegerField(
        label=_("Minutes per meeting"), min_value=5, max_value=240, initial=15
    )
    weeks = forms.IntegerField(label=_("For how many weeks"), min_value=1, max_value=20, initial=4)
    place = forms.CharField(label=_("Place"), max_length=200, required=False)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("start") and cleaned.get("end") and cleaned["end"] <= cleaned["start"]:
            self.add_error("end", _("The end must come after the start."))
        if cleaned.get("first_day") and cleaned[
            "first_day"
        ] < datetime.date.today() - datetime.timedelta(days=1):
            self.add_error("first_day", _("Choose a day from today on."))
        elif cleaned.get("first_day") and cleaned["first_day"] > datetime.date.today() + YEAR:
            self.add_error("first_day", _("Choose a day within the coming year."))
        return cleaned
