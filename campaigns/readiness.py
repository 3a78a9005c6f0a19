"""What a phase still needs before it may be scheduled: its dates, every channel asset, and a
translation into each language its campaign requires."""

from __future__ import annotations

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Locale

# The channel assets every phase must have, in every language, before it is scheduled.
ASSET_FIELDS = (
    ("email_subject", gettext_lazy("e-mail subject")),
    ("email_body", gettext_lazy("e-mail body")),
    ("yammer_post", gettext_lazy("Viva Engage (Yammer) post")),
    ("newsletter_blurb", gettext_lazy("newsletter blurb")),
    ("banner_text", gettext_lazy("home page banner text")),
)


def _empty_assets(values) -> list[str]:
    return [str(label) for name, label in ASSET_FIELDS if not str(values(name) or "").strip()]


def missing_for(phase, campaign=None, values: dict | None = None) -> list[str]:
    """Plain sentences naming what `phase` lacks; empty when it may be scheduled.

    `values` overrides the phase's own field values (the admin form's cleaned data), so the
    check can run before anything is saved. `campaign` is needed for a phase not yet saved.
    """
    values = values or {}

    def value(name):
        return values[name] if name in values else getattr(phase, name)

    missing = []
    if not value("go_live_at"):
        missing.append(_("The start is not set."))
    if not value("expire_at"):
        missing.append(_("The end is not set."))
    for label in _empty_assets(value):
        missing.append(_("The %(asset)s is empty.") % {"asset": label})

    campaign = campaign or phase.get_parent().specific
    # The phase's own model: this module names none, so the models may show its answers.
    phases = type(phase).objects
    translations = {
        page.locale.language_code: page
        for page in phases.filter(translation_key=phase.translation_key, alias_of__isnull=True)
        .exclude(pk=phase.pk)
        .select_related("locale")
    }
    own_code = phase.locale.language_code
    locales = {loc.language_code: loc for loc in Locale.objects.all()}
    for code in campaign.required_locales:
        if code == own_code:
            continue
        name = locales[code].get_display_name() if code in locales else code
        translation = translations.get(code)
        if translation is None:
            missing.append(_("There is no %(language)s translation yet.") % {"language": name})
            continue
        for label in _empty_assets(lambda field, page=translation: getattr(page, field)):
            missing.append(
                _("%(language)s: the %(asset)s is empty.") % {"language": name, "asset": label}
            )
    return missing
