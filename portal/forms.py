"""One rule for every free-text field a person fills in: no invisible control characters (tabs
and line breaks are fine), and a bounded length."""

import unicodedata

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.utils.translation import gettext_lazy as _

#: The longest text a field without its own limit accepts.
MAX_TEXT = 5000
ALLOWED_CONTROLS = {"\n", "\r", "\t"}


def validate_text(value):
    """Refuse control characters (NUL, escape, …) in a piece of text typed by a person."""
    if any(unicodedata.category(ch) == "Cc" and ch not in ALLOWED_CONTROLS for ch in value or ""):
        raise ValidationError(
            _("Please remove the invisible control characters from this text."), code="control"
        )


class TextFieldsMixin:
    """For a form: every text field (passwords aside) gets `validate_text`, and a length limit of
    MAX_TEXT when it has none of its own."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if not isinstance(field, forms.CharField) or not field.strip:
                continue
            field.validators.append(validate_text)
            if field.max_length is None:
                field.max_length = MAX_TEXT
                field.validators.append(MaxLengthValidator(MAX_TEXT))
