from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from campaigns import admin_views
from campaigns.models import CampaignMailingList
from campaigns.planning import is_planner

admin_urlpatterns = [
    path("calendar/", admin_views.CalendarView.as_view(), name="calendar"),
    path("calendar/feed/", admin_views.FeedTokenView.as_view(), name="feed_token"),
    path(
        "phase/<int:phase_id>/test-email/",
        admin_views.TestEmailView.as_view(),
        name="test_email",
    ),
]


@hooks.register("register_admin_urls")
def campaign_admin_urls():
    return [path("campaigns/", include((admin_urlpatterns, "campaigns_admin")))]


class PlannerMenuItem(MenuItem):
    def is_shown(self, request):
        return is_planner(request.user)


@hooks.register("register_admin_menu_item")
def campaign_calendar_menu_item():
    return PlannerMenuItem(
        _("Campaign calendar"), reverse("campaigns_admin:calendar"), icon_name="date", order=250
    )


class CampaignMailingListViewSet(SnippetViewSet):
    model = CampaignMailingList
    icon = "mail"
    menu_label = _("Campaign mailing lists")
    list_display = ["audience", "language", "address"]


register_snippet(CampaignMailingListViewSet)
