"""Admin views for planners (comms staff, editors): the campaign calendar with reach, the
"send me a test" e-mail, and the calendar feed address."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from campaigns.emails import send_test
from campaigns.models import CalendarFeedToken, PhasePage
from campaigns.models.reach import CHANNELS
from campaigns.planning import is_planner, planning_timeline
from campaigns.reach import reach_table


class PlannerOnlyMixin:
    def dispatch(self, request, *args, **kwargs):
        if not is_planner(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        # Wagtail's base gives "Home" alone, which the header then shows as the page's name.
        return [*super().get_breadcrumbs_items(), {"url": "", "label": self.get_page_title()}]


class CalendarView(PlannerOnlyMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "campaigns/admin/calendar.html"
    page_title = gettext_lazy("Campaign calendar")
    header_icon = "date"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        timeline = planning_timeline()
        reach = reach_table([bar.phase.translation_key for bar in timeline.bars])
        context["timeline"] = timeline
        context["channels"] = CHANNELS
        context["reach_rows"] = [
            (bar, [reach[bar.phase.translation_key][code] for code, _label in CHANNELS])
            for bar in timeline.bars
        ]
        return context


class TestEmailView(PlannerOnlyMixin, WagtailAdminTemplateMixin, TemplateView):
    """GET asks for confirmation; POST (CSRF-checked) sends the e-mail to the requester only."""

    template_name = "campaigns/admin/test_email.html"
    page_title = gettext_lazy("Send me a test e-mail")
    header_icon = "mail"

    def dispatch(self, request, *args, **kwargs):
        self.phase = get_object_or_404(PhasePage, pk=kwargs["phase_id"])
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["phase"] = self.phase
        return context

    def post(self, request, *args, **kwargs):
        if not self.phase.permissions_for_user(request.user).can_edit():
            raise PermissionDenied
        if not request.user.email:
            messages.error(request, _("Your account has no e-mail address to send the test to."))
        else:
            send_test(self.phase, request.user)
            messages.success(
                request,
                _("A test e-mail was sent to %(address)s.") % {"address": request.user.email},
            )
        return redirect("wagtailadmin_pages:edit", self.phase.pk)


class FeedTokenView(PlannerOnlyMixin, WagtailAdminTemplateMixin, TemplateView):
    """Create, replace or revoke the secret address of one's own calendar feed."""

    template_name = "campaigns/admin/feed_token.html"
    page_title = gettext_lazy("Calendar feed")
    header_icon = "date"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["has_token"] = CalendarFeedToken.objects.filter(user=self.request.user).exists()
        return context

    def post(self, request, *args, **kwargs):
        action = request.POST.get("action")
        if action == "revoke":
            CalendarFeedToken.objects.filter(user=request.user).delete()
            messages.success(request, _("Your calendar feed address no longer works."))
            return redirect("campaigns_admin:feed_token")
        if action != "issue":
            messages.error(request, _("Choose to create a new address or to revoke it."))
            return redirect("campaigns_admin:feed_token")
        token = CalendarFeedToken.issue(request.user)
        context = self.get_context_data(**kwargs)
        context["feed_url"] = request.build_absolute_uri(
            reverse("campaigns:calendar_feed", args=[token])
        )
        return self.render_to_response(context)
