"""Model fields the apps share."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models


class MultipleChoiceField(models.CharField):
    """Several choices from a fixed list, stored as comma-separated keys (works on every database).

    The value in Python is a list of keys; the admin shows checkboxes.
    """

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 200)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", list)
        super().__init__(*args, **kwargs)

    def from_db_value(self, value, expression, connection):
        return self.to_python(value)

    def to_python(self, value):
        if isinstance(value, list):
            return value
        return [item for item in (value or "").split(",") if item]

    def get_prep_value(self, value):
        return ",".join(self.to_python(value))

    def validate(self, value, model_instance):
        allowed = {key for key, _ in self.choices or ()}
        unknown = [item for item in value if item not in allowed]
        if unknown:
            raise ValidationError(f"Unknown choice: {', '.join(unknown)}")
        if not value and not self.blank:
            raise ValidationError(self.error_messages["blank"], code="blank")

    def value_to_string(self, obj):
        return self.get_prep_value(self.value_from_object(obj))

    def formfield(self, **kwargs):
        return forms.TypedMultipleChoiceField(
            choices=self.choices,
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
            widget=forms.CheckboxSelectMultiple,
        )

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        return name, path, args, kwargs
