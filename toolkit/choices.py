"""The fixed vocabularies of the toolkit: what a resource is, what it is about, who it is for."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ResourceType(models.TextChoices):
    TEMPLATE = "template", _("Template")
    TRAINING_PACKAGE = "training_package", _("Training package")
    GUIDANCE_NOTE = "guidance_note", _("Guidance note")
    CASE_SCENARIO = "case_scenario", _("Case scenario")
    POSTER = "poster", _("Poster or infographic")
    VIDEO_LINK = "video_link", _("Video link")
    CHECKLIST = "checklist", _("Checklist")


class Topic(models.TextChoices):
    SEA = "sea", _("Sexual exploitation and abuse (SEA)")
    SH = "sh", _("Sexual harassment (SH)")
    BOTH = "both", _("SEA and SH")


# Audience code -> (boolean field on ResourcePage, label).
AUDIENCES = {
    "focal_points": ("for_focal_points", _("Focal points")),
    "managers": ("for_managers", _("Managers")),
    "all_personnel": ("for_all_personnel", _("All personnel")),
    "partners": ("for_partners", _("Implementing partners")),
}


class FilePart(models.TextChoices):
    """The role a file plays in its resource; training packages use the named parts."""

    DOCUMENT = "document", _("Document")
    SESSION_PLAN = "session_plan", _("Session plan")
    FACILITATOR_GUIDE = "facilitator_guide", _("Facilitator guide")
    HANDOUT = "handout", _("Participant handout")
    SCENARIOS = "scenarios", _("Case scenarios")
    SLIDES = "slides", _("Slides")


def language_choices():
    return list(settings.LANGUAGES)


def language_name(code: str) -> str:
    return str(dict(settings.LANGUAGES).get(code, code))
