from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model, password_validation
from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from portal import roles
from portal.forms import TextFieldsMixin


def role_choices():
    choices = [(name, settings.ROLE_LABELS.get(name, name)) for name in roles.INVITABLE]
    return [("", _("Choose a role")), *choices]


def spoken_language_choices():
    return [
        (code, translation.get_language_info(code)["name_translated"])
        for code in settings.SPOKEN_LANGUAGES
    ]


WEEKDAYS = [
    ("0", _("Monday")),
    ("1", _("Tuesday")),
    ("2", _("Wednesday")),
    ("3", _("Thursday")),
    ("4", _("Friday")),
    ("5", _("Saturday")),
    ("6", _("Sunday")),
]


class ProfileForm(TextFieldsMixin, forms.ModelForm):
    """Name, language, and the person's own quiet hours for email."""

    no_email_days = forms.MultipleChoiceField(
        label=_("No email on these days"),
        choices=WEEKDAYS,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    languages_spoken = forms.MultipleChoiceField(
        label=_("Languages you can speak with families"),
        choices=spoken_language_choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Families who choose whom to meet see them."),
    )

    class Meta:
        model = get_user_model()
        fields = [
            "first_name",
            "last_name",
            "language",
            "no_email_before",
            "no_email_after",
            "languages_spoken",
        ]
        widgets = {
            "first_name": forms.TextInput(attrs={"autocomplete": "given-name"}),
            "last_name": forms.TextInput(attrs={"autocomplete": "family-name"}),
            "no_email_before": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "no_email_after": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        }
        help_texts = {
            "no_email_before": _(
                "The school's emails wait for a time you allow (codes you ask for come at once)."
            ),
        }

    def __init__(self, *args, meets_families=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.initial["no_email_days"] = sorted(self.instance.quiet_weekdays)
        if not meets_families:
            # Only the people families can book a meeting with say which languages they speak.
            del self.fields["languages_spoken"]

    def clean_no_email_days(self):
        days = self.cleaned_data["no_email_days"]
        if len(days) == len(WEEKDAYS):
            raise ValidationError(
                _("Leave at least one day on which the school can write to you."), code="no_day"
            )
        return "".join(sorted(days))

    def clean(self):
        cleaned = super().clean()
        before, after = cleaned.get("no_email_before"), cleaned.get("no_email_after")
        if before and after and after <= before:
            self.add_error(
                "no_email_after",
                _("Leave some time between the two hours in which the school can write to you."),
            )
        return cleaned

    def save(self, commit=True):
        self.instance.no_email_days = self.cleaned_data["no_email_days"]
        return super().save(commit)


class InvitationForm(TextFieldsMixin, forms.Form):
    email = forms.EmailField(
        label=_("Email address of the person you invite"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "off"}),
    )
    role = forms.ChoiceField(
        label=_("Role"),
        choices=role_choices,
        help_text=_("Parents do not need an invitation: they create their own account."),
    )
    language = forms.ChoiceField(
        label=_("Language of the invitation email"),
        choices=settings.LANGUAGES,
        initial=settings.LANGUAGE_CODE,
    )

    def clean_email(self):
        return self.cleaned_data["email"].lower()

    def clean(self):
        cleaned = super().clean()
        email, role = cleaned.get("email"), cleaned.get("role")
        if email and role:
            user = get_user_model().objects.filter(email__iexact=email).first()
            if user and role in roles.roles_of(user):
                raise ValidationError(
                    _("This person already has this role: there is no need to invite them."),
                    code="has_role",
                )
        return cleaned


class AcceptInvitationForm(TextFieldsMixin, forms.Form):
    """A new account for the invited email address: the address itself cannot be changed."""

    first_name = forms.CharField(
        label=_("First name"),
        max_length=150,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "given-name"}),
    )
    last_name = forms.CharField(
        label=_("Last name"),
        max_length=150,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "family-name"}),
    )
    password1 = forms.CharField(
        label=_("Password"),
        strip=False,
        max_length=4096,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=_("At least 8 characters; avoid a word or a number that is easy to guess."),
    )
    password2 = forms.CharField(
        label=_("Password (again)"),
        strip=False,
        max_length=4096,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def __init__(self, *args, email, **kwargs):
        super().__init__(*args, **kwargs)
        self.email = email

    def clean(self):
        cleaned = super().clean()
        password1, password2 = cleaned.get("password1"), cleaned.get("password2")
        if password1 and password2 and password1 != password2:
            self.add_error("password2", _("The two passwords are not the same."))
        elif password1:
            user = get_user_model()(
                email=self.email,
                first_name=cleaned.get("first_name", ""),
                last_name=cleaned.get("last_name", ""),
            )
            try:
                password_validation.validate_password(password1, user)
            except ValidationError as error:
                self.add_error("password1", error)
        return cleaned


class DeleteAccountForm(TextFieldsMixin, forms.Form):
    """Asks for the password, or for the email address from people who log in by code."""

    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        max_length=4096,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    email = forms.CharField(
        label=_("Type your email address to confirm"),
        max_length=320,
        widget=forms.TextInput(attrs={"autocomplete": "off", "inputmode": "email"}),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        del self.fields["email" if user.has_usable_password() else "password"]

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise ValidationError(_("This password is not right."), code="wrong_password")
        return password

    def clean_email(self):
        email = self.cleaned_data["email"].strip()
        if email.lower() != self.user.email.lower():
            raise ValidationError(
                _("This is not the email address of your account."), code="wrong_email"
            )
        return email
