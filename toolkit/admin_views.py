"""The editors' report of toolkit resources past their review date."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.reports import PageReportView

from toolkit.models import ResourcePage


class ResourcesDueForReviewView(PageReportView):
    """Resources whose next review date has passed, oldest first, with owner and unit."""

    page_title = _("Toolkit resources due for review")
    header_icon = "time"
    results_template_name = "toolkit/admin/review_report_results.html"
    index_url_name = "toolkit_review_report"
    index_results_url_name = "toolkit_review_report_results"
    any_permission_required = ["add", "change", "publish"]
    list_export = [
        "title",
        "next_review",
        "last_reviewed",
        "content_owner",
        "owning_unit",
        "url_path",
    ]
    export_headings = {
        "title": _("Title"),
        "next_review": _("Review due"),
        "last_reviewed": _("Last reviewed"),
        "content_owner": _("Owner"),
        "owning_unit": _("Owning unit"),
        "url_path": _("Path"),
    }

    def get_queryset(self):
        editable = self.permission_policy.instances_user_has_any_permission_for(
            self.request.user, ["add", "change", "publish"]
        )
        return (
            ResourcePage.objects.filter(pk__in=editable.values("pk"))
            .filter(next_review__lt=timezone.localdate(), alias_of__isnull=True)
            .select_related("locale")
            .defer_streamfields()
            .order_by("next_review", "title")
        )
