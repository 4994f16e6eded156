"""Several values from a closed list in one indexed text column."""

from django import forms
from django.db import models


class ChoiceListField(models.CharField):
    """A list of codes stored as "|a|b|": `filter(services__contains="|a|")` finds one code the
    same way on SQLite and PostgreSQL, and the column stays a plain string.

    `options` are (code, label) pairs for forms; they are not part of migrations.
    """

    def __init__(self, *args, options=(), **kwargs):
        self.options = options
        kwargs.setdefault("max_length", 500)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", list)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        for key, value in (("max_length", 500), ("blank", True), ("default", list)):
            if kwargs.get(key) == value:
                kwargs.pop(key)
        return name, path, args, kwargs

    def from_db_value(self, value, expression, connection):
        return self.to_python(value)

    def to_python(self, value):
        if value is None or value == "":
            return []
        if isinstance(value, list | tuple):
            return [str(v) for v in value]
        return [part for part in str(value).split("|") if part]

    def get_prep_value(self, value):
        codes = self.to_python(value)
        return f"|{'|'.join(codes)}|" if codes else ""

    def value_to_string(self, obj):
        return self.get_prep_value(self.value_from_object(obj))

    def validate(self, value, model_instance):
        # Each code is checked against the options by the form; blank means an empty list.
        if not value and not self.blank:
            super().validate("", model_instance)
        known = {code for code, _label in self.options}
        unknown = [code for code in value if known and code not in known]
        if unknown:
            from django.core.exceptions import ValidationError

            raise ValidationError(
                self.error_messages["invalid_choice"],
                code="invalid_choice",
                params={"value": unknown[0]},
            )

    def run_validators(self, value):
        # Length and other validators apply to the stored text.
        super().run_validators(self.get_prep_value(value))

    def formfield(self, **kwargs):
        defaults = {
            "form_class": forms.TypedMultipleChoiceField,
            "choices": list(self.options),
            "required": not self.blank,
            "widget": forms.CheckboxSelectMultiple,
            "label": self.verbose_name,
            "help_text": self.help_text,
        }
        defaults.update(kwargs)
        form_class = defaults.pop("form_class")
        for key in ("max_length", "empty_value", "choices_form_class"):
            defaults.pop(key, None)
        return form_class(**defaults)

    def has(self, code):
        """The lookup value that finds `code`: `filter(**{name + "__contains": field.has(code)})`."""
        return f"|{code}|"
