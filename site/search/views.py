"""The search page and its as-you-type suggestions."""

from django.db.models import F
from django.http import JsonResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from core import visibility
from core.page_cache import fragments, generations
from core.visibility import community
from search import query as search_query
from search.models import ZeroResultHits

KIND_LABELS = {
    "guidance": _("Guidance"),
    "policysummary": _("Policy summary"),
    "wheretogo": _("Where to go"),
    "roleguide": _("Guide"),
    "onboarding": _("Onboarding"),
    "channel": _("Reporting or support channel"),
    "glossary": _("Key word"),
    "resource": _("Toolkit resource"),
    "toolkitindex": _("Toolkit"),
    "campaign": _("Campaign"),
    "phase": _("Campaign phase"),
    "topic": _("Community topic"),
    "post": _("Community post"),
    "home": _("Home"),
    "figures": _("Case figures"),
}
TOPIC_LABELS = {"sea": _("SEA"), "sh": _("SH"), "both": _("SEA and SH")}


def _page_number(raw) -> int:
    try:
        return max(1, min(int(raw), 1000))
    except (TypeError, ValueError):
        return 1


def _promotions(request, text):
    """Editors' picks for this query, limited to pages the reader may see."""
    promotions = list(
        SearchPromotion.objects.filter(query__query_string=text.lower())
        .select_related("page")
        .order_by("sort_order")[:3]
    )
    page_ids = [p.page_id for p in promotions if p.page_id]
    visible = set(
        visibility.visible_pages(request).filter(pk__in=page_ids).values_list("pk", flat=True)
    )
    return [
        p for p in promotions if (p.page_id in visible) or (not p.page_id and p.external_link_url)
    ]


def count_query(request, text: str, found: bool) -> None:
    """Aggregate counts for editors: how often each query ran and found nothing. No user, no IP."""
    query = Query.get(text)
    query.add_hit()
    if not found:
        hits, _ = ZeroResultHits.objects.get_or_create(query=query, date=timezone.localdate())
        ZeroResultHits.objects.filter(pk=hits.pk).update(hits=F("hits") + 1)


def _generations(user) -> list[str]:
    """What a reader's results depend on: posts only for those who may read the forum (a new
    post never throws away a new hire's stored results)."""
    if community.is_member(user):
        return [generations.SEARCH, generations.FORUM_SEARCH]
    return [generations.SEARCH]


@require_GET
def search(request):
    language = get_language()
    filters = {
        name: request.GET.get(name, "").strip()[:40] for name in ("kind", "topic", "locale", "tag")
    }
    raw = request.GET.get("q", "")
    page = _page_number(request.GET.get("page"))
    results = fragments.shared(
        request,
        "search",
        [raw, language, filters, page],
        _generations(request.user),
        lambda: search_query.run(request.user, raw, language=language, filters=filters, page=page),
        keep=lambda results: not results.degraded,
    )
    promotions = _promotions(request, results.query) if results.query else []
    if results.query and results.page == 1 and not any(filters.values()):
        count_query(request, results.query, bool(results.total or promotions))
    return render(
        request,
        "search/search.html",
        {
            "results": results,
            "filters": filters,
            "promotions": promotions,
            "raw_query": raw[: search_query.MAX_QUERY_LENGTH],
            "kind_labels": KIND_LABELS,
            "topic_labels": TOPIC_LABELS,
        },
    )


@require_GET
def suggest(request):
    entries = search_query.suggestions(request.user, request.GET.get("q", ""), get_language())
    return JsonResponse({"suggestions": [{"title": e.title, "url": e.url} for e in entries]})
