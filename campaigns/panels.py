"""An admin panel on each phase listing what it still needs before it can be scheduled."""

from django.urls import reverse
from wagtail.admin.panels import Panel

from campaigns.readiness import missing_for


class ReadinessPanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "campaigns/admin/readiness_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            saved = self.instance.pk is not None
            context["saved"] = saved
            if saved:
                context["missing"] = missing_for(self.instance)
                context["test_email_url"] = reverse(
                    "campaigns_admin:test_email", args=[self.instance.pk]
                )
            return context
