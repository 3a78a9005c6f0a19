from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permissions import policy_registry
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from toolkit.admin_views import ResourcesDueForReviewView
from toolkit.models import Region


class RegionViewSet(SnippetViewSet):
    model = Region
    icon = "site"
    menu_label = _("Regions and offices")
    list_display = ["name", "slug"]


register_snippet(RegionViewSet)


@hooks.register("register_admin_urls")
def review_report_urls():
    view = ResourcesDueForReviewView
    return [
        path("reports/toolkit-review/", view.as_view(), name="toolkit_review_report"),
        path(
            "reports/toolkit-review/results/",
            view.as_view(results_only=True),
            name="toolkit_review_report_results",
        ),
    ]


class EditorsOnlyMenuItem(MenuItem):
    def is_shown(self, request):
        from wagtail.models import Page

        return policy_registry.get_by_type(Page).user_has_any_permission(
            request.user, ["add", "change", "publish"]
        )


@hooks.register("register_reports_menu_item")
def review_report_menu_item():
    return EditorsOnlyMenuItem(
        _("Toolkit review due"),
        reverse("toolkit_review_report"),
        name="toolkit-review",
        icon_name="time",
        order=750,
    )
