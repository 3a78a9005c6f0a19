"""The campaign pages: an index (for signed-in personnel), campaigns, and their phases.

A phase's start and end ARE Wagtail's go-live and expiry times, so scheduled publishing runs
the campaign: there is no second pair of dates to keep in step.
"""

from __future__ import annotations

import logging

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.blocks import StreamBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import StreamField
from wagtail.images import get_image_model_string
from wagtail.models import Locale
from wagtail.search import index

from campaigns.fields import AUDIENCES, default_required_locales, language_options
from campaigns.panels import ReadinessPanel
from core import visibility
from core.blocks import BodyBlock
from core.fields import MultipleChoiceField
from core.models import BasePage

logger = logging.getLogger(__name__)


class CampaignIndexPage(BasePage):
    """Where signed-in personnel find the Agency's awareness campaigns."""

    intro = models.TextField(blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["campaigns.CampaignPage"]
    max_count_per_parent = 1

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["campaigns"] = visibility.visible_pages(
            request, CampaignPage.objects.child_of(self)
        ).order_by("-first_published_at")
        return context


def poster_field():
    return models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("poster"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown on the page; its description is the text screen readers read."),
    )


class CampaignPage(BasePage):
    """One awareness campaign, run in phases over months."""

    objective = models.TextField(
        help_text=_("What the campaign should change, in a sentence or two.")
    )
    audiences = MultipleChoiceField(_("audiences"), choices=AUDIENCES, default=list)
    owner_team = models.CharField(
        _("owner"), max_length=200, help_text=_("The team that owns the campaign.")
    )
    required_locales = MultipleChoiceField(
        _("required languages"),
        choices=language_options,
        default=default_required_locales,
        help_text=_("A phase cannot be scheduled until it is translated into each of these."),
    )
    poster = poster_field()

    content_panels = BasePage.content_panels + [
        FieldPanel("objective"),
        FieldPanel("poster"),
        FieldPanel("audiences"),
        FieldPanel("owner_team"),
        FieldPanel("required_locales"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("objective")]
    parent_page_types = ["campaigns.CampaignIndexPage"]
    subpage_types = ["campaigns.PhasePage"]

    def audience_labels(self):
        return self._meta.get_field("audiences").labels(self.audiences)

    def get_context(self, request, *args, **kwargs):
        from campaigns.calendar import timeline_for

        context = super().get_context(request, *args, **kwargs)
        phases = list(
            visibility.visible_pages(request, PhasePage.objects.child_of(self)).order_by(
                "go_live_at", "number"
            )
        )
        context["phases"] = phases
        context["timeline"] = timeline_for([(self, phases)])
        return context


class FilesBlock(StreamBlock):
    file = DocumentChooserBlock(
        label=_("File"), help_text=_("A poster, an infographic or a slide deck.")
    )


class PhasePage(BasePage):
    """One phase of a campaign: its intranet page and everything sent out for it."""

    number = models.PositiveSmallIntegerField(_("phase number"))
    objective = models.TextField()
    key_messages = models.TextField(
        _("key messages"), help_text=_("One message per line, in plain language.")
    )
    audiences = MultipleChoiceField(_("audiences"), choices=AUDIENCES, default=list)
    offices = models.CharField(
        _("offices or regions"),
        max_length=255,
        blank=True,
        help_text=_("Optional: where the phase runs, if not everywhere."),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("intranet page"))
    email_subject = models.CharField(_("e-mail subject"), max_length=150)
    email_body = models.TextField(_("e-mail body"), blank=True)
    yammer_post = models.TextField(_("Viva Engage (Yammer) post"), blank=True)
    newsletter_blurb = models.TextField(_("newsletter blurb"), blank=True)
    banner_text = models.CharField(_("home page banner text"), max_length=160, blank=True)
    banner_link = models.URLField(
        _("home page banner link"),
        blank=True,
        help_text=_("Leave empty to link to this phase's page."),
    )
    files = StreamField(FilesBlock(), blank=True, verbose_name=_("files"))
    poster = poster_field()

    # Its admin form (campaigns.forms.PhasePageForm) is set in CampaignsConfig.ready(): models
    # import no forms.
    content_panels = [
        ReadinessPanel(heading=_("Ready to schedule?")),
        *BasePage.content_panels,
        FieldPanel("number"),
        MultiFieldPanel(
            [
                FieldPanel("go_live_at", heading=_("Start (goes live)")),
                FieldPanel("expire_at", heading=_("End (expires)")),
            ],
            heading=_("When"),
            help_text=_("Times are in your time zone (set in your account)."),
        ),
        FieldPanel("objective"),
        FieldPanel("key_messages"),
        FieldPanel("audiences"),
        FieldPanel("offices"),
        FieldPanel("poster"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("email_subject"),
                FieldPanel("email_body"),
                FieldPanel("yammer_post"),
                FieldPanel("newsletter_blurb"),
                FieldPanel("banner_text"),
                FieldPanel("banner_link"),
                FieldPanel("files"),
            ],
            heading=_("Channel assets"),
        ),
    ]
    # The start and end are edited with the content above, not in Wagtail's schedule dialog.
    settings_panels = [FieldPanel("is_sensitive")]
    search_fields = BasePage.search_fields + [
        index.SearchField("objective"),
        index.SearchField("key_messages"),
    ]
    parent_page_types = ["campaigns.CampaignPage"]
    subpage_types = []

    def audience_labels(self):
        return self._meta.get_field("audiences").labels(self.audiences)

    def message_lines(self):
        return [line.strip() for line in self.key_messages.splitlines() if line.strip()]

    @property
    def source_phase(self) -> PhasePage | None:
        """The phase in the default language this one translates, or None for the source."""
        default = Locale.get_default()
        if self.locale_id == default.pk:
            return None
        return (
            PhasePage.objects.filter(translation_key=self.translation_key, locale=default)
            .only("go_live_at", "expire_at", "live")
            .first()
        )

    def is_scheduled(self) -> bool:
        """Approved to go live later (a revision waits for its go-live time)."""
        return self.revisions.filter(approved_go_live_at__isnull=False).exists()

    def clean(self):
        super().clean()
        # A translation runs on its source phase's schedule, whatever path saved it.
        source = self.source_phase
        if source is not None:
            self.go_live_at, self.expire_at = source.go_live_at, source.expire_at

    def publish(self, revision, *args, **kwargs):
        """Publish, except what must not go live: an expired phase, or a translation whose
        source phase is neither live nor scheduled.

        Wagtail's publish_scheduled publishes every revision whose go-live time has passed,
        even when the expiry has passed too (a late scheduler); this is the guard.
        """
        candidate = revision.as_object()
        if candidate.expire_at is not None and candidate.expire_at <= timezone.now():
            logger.info("Not publishing expired phase %s (%s)", self.pk, self.title)
            type(revision).objects.filter(pk=revision.pk).update(approved_go_live_at=None)
            return None
        source = candidate.source_phase
        if source is not None and not source.live and not source.is_scheduled():
            logger.info("Phase %s waits for its source phase to be scheduled", self.pk)
            return None
        return super().publish(revision, *args, **kwargs)

    def serve(self, request, *args, **kwargs):
        from campaigns.reach import count_view

        response = super().serve(request, *args, **kwargs)
        if response.status_code == 200:
            count_view(str(self.translation_key), request.GET.get("via"))
        return response

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["campaign"] = self.get_parent()
        return context
