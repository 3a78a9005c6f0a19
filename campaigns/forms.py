"""The admin form for phases: schedule checks and readiness, shown where the editor works."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminPageForm

from campaigns.readiness import missing_for

# Edit-view buttons that schedule a phase, or move it towards being scheduled.
SCHEDULING_ACTIONS = ("action-publish", "action-submit", "action-restart-workflow")


class PhasePageForm(WagtailAdminPageForm):
    @property
    def show_schedule_publishing_toggle(self):
        # Start and end are fields of the phase itself; the side panel's dialog would be empty.
        return False

    def is_scheduling(self) -> bool:
        if any(self.data.get(action) for action in SCHEDULING_ACTIONS):
            return True
        return bool(self.data.get("action-workflow-action")) and (
            self.data.get("workflow-action-name") == "approve"
        )

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("go_live_at"), cleaned.get("expire_at")
        if start and end and end <= start:
            self.add_error("expire_at", _("The end must be after the start."))
        elif end and end <= timezone.now():
            self.add_error("expire_at", _("The end is in the past."))
        if start and start < timezone.now() and not self._keeps_live_start(start):
            self.add_error(
                "go_live_at",
                _("The start is in the past. Choose a time from now on."),
            )
        if self.is_scheduling():
            self._check_ready(cleaned)
        return cleaned

    def _keeps_live_start(self, start) -> bool:
        """A phase already live may be edited without moving its (past) start."""
        return self.instance.live and self.instance.go_live_at == start

    def _check_ready(self, cleaned):
        if self.errors:
            return
        campaign = self.parent_page.specific if self.parent_page else None
        missing = missing_for(self.instance, campaign=campaign, values=cleaned)
        if missing:
            raise forms.ValidationError(
                [_("This phase cannot be scheduled yet.")] + missing, code="not_ready"
            )
