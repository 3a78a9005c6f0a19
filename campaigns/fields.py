"""The options campaign pages pick from: audiences and the languages a phase must be in.

The pages store them with core.fields.MultipleChoiceField.
"""

from django.conf import settings
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
