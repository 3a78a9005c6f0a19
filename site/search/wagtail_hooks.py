"""Editors' view of what people search for and do not find: counts only, never who asked."""

from datetime import timedelta

from django.db.models import Sum
from django.shortcuts import render
from django.urls import path, reverse
from django.utils import timezone
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from search.models import ZeroResultHits

DAYS = 30


def zero_results(request):
    since = timezone.localdate() - timedelta(days=DAYS)
    rows = (
        ZeroResultHits.objects.filter(date__gte=since)
        .values("query__query_string")
        .annotate(hits=Sum("hits"))
        .order_by("-hits", "query__query_string")[:100]
    )
    return render(request, "search/admin/zero_results.html", {"rows": rows, "days": DAYS})


@hooks.register("register_admin_urls")
def urls():
    return [path("reports/zero-result-searches/", zero_results, name="zero_result_searches")]


class EditorsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("wagtailadmin.access_admin")


@hooks.register("register_reports_menu_item")
def menu_item():
    return EditorsMenuItem(
        "Searches that found nothing",
        reverse("zero_result_searches"),
        icon_name="search",
        order=800,
    )
