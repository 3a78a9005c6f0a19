"""Model fields the apps share."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _


class MultipleChoiceField(models.JSONField):
    """Several codes from a fixed list of choices, stored as a JSON list and edited as checkboxes.

    A JSON list keeps the value one plain field that wagtail-localize synchronises: every
    translation of a page carries the same codes. `choices` may be a callable, read when a form
    is built, so a list that comes from settings writes no migration when it changes.
    """

    def validate(self, value, model_instance):
        known = {code for code, _label in self.flatchoices}
        if not isinstance(value, list) or not set(value) <= known:
            raise ValidationError(_("Choose from the options listed."), code="invalid_choice")
        if not value and not self.blank:
            raise ValidationError(self.error_messages["blank"], code="blank")

    def formfield(self, **kwargs):
        return forms.TypedMultipleChoiceField(
            choices=self.choices,
            widget=forms.CheckboxSelectMultiple,
            required=not self.blank,
            label=capfirst(self.verbose_name),
            help_text=self.help_text,
        )

    def labels(self, value) -> list[str]:
        """The labels of the codes in `value`, in order; codes no longer offered are left out."""
        names = dict(self.flatchoices)
        return [names[code] for code in value if code in names]
