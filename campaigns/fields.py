"""A list of codes picked from fixed options, stored as JSON and edited as checkboxes.

A JSON list rather than a many-to-many table keeps the value a plain synchronised field for
wagtail-localize: every translation of a page carries the same audiences and locales.
"""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

AUDIENCES = [
    ("all_personnel", _("All personnel")),
    ("managers", _("Managers")),
    ("focal_points", _("Focal points")),
    ("new_hires", _("New hires")),
]
DEFAULT_REQUIRED_LOCALES = ["en", "fr", "es", "ar"]


def default_required_locales():
    return list(DEFAULT_REQUIRED_LOCALES)


def language_options():
    return list(settings.WAGTAIL_CONTENT_LANGUAGES)


class ChoiceListField(models.JSONField):
    """A JSON list of option codes; subclasses say which options."""

    def options(self):
        """The (code, label) pairs to pick from; the subclasses below each give theirs."""
        return []

    def formfield(self, **kwargs):
        return forms.TypedMultipleChoiceField(
            choices=self.options(),
            widget=forms.CheckboxSelectMultiple,
            required=not self.blank,
            label=self.verbose_name.capitalize(),
            help_text=self.help_text,
        )

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        known = {code for code, _label in self.options()}
        if not isinstance(value, list) or not set(value) <= known:
            raise ValidationError(_("Choose from the options listed."), code="invalid_choice")

    def labels(self, value):
        names = dict(self.options())
        return [names[code] for code in value if code in names]


class AudienceListField(ChoiceListField):
    def options(self):
        return AUDIENCES


class LocaleListField(ChoiceListField):
    def options(self):
        return language_options()
