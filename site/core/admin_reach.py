"""How far a person reaches in the Wagtail admin: the pages their role works on (the page
permissions core.roles grants per section, and the way down to them) and the pages they may read
on the site anyway.

Wagtail checks a page permission before it edits, previews or shows the draft of a page, but
several admin views name pages without asking: the explorer and the page chooser show the page
whose children they list, the chooser lists and finds pages anywhere in the tree, the page types
report names the last page edited of each type, and wagtail-localize's translate and update forms
and its translations report name any page to anyone who may translate. Those are held here to
the reach, so a role never reads a title from a section it has no business in.
"""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.http import Http404
from wagtail.models import Page
from wagtail.permissions import page_permission_policy
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.views.report import TranslationsReportView

from core import visibility

# URL arguments of admin views that name a page.
PAGE_ARGUMENTS = ("page_id", "parent_page_id", "page_to_move_id", "destination_id")
# Admin views about the whole tree, for people who reach all of it.
WHOLE_TREE_VIEWS = frozenset(
    {"wagtailadmin_reports:page_types_usage", "wagtailadmin_reports:page_types_usage_results"}
)


def reachable_pages(request) -> QuerySet:
    user = request.user
    if user.is_superuser:
        return Page.objects.all()
    explorable = page_permission_policy.explorable_instances(user).values("pk")
    readable = visibility.visible_pages(request).values("pk")
    return Page.objects.filter(Q(pk__in=explorable) | Q(pk__in=readable))


def _named_pages(view_kwargs) -> list[int]:
    """The pages an admin URL names, through a page id or a wagtail-localize source."""
    page_ids = [view_kwargs[name] for name in PAGE_ARGUMENTS if name in view_kwargs]
    source = None
    if "translation_source_id" in view_kwargs:
        source = TranslationSource.objects.filter(pk=view_kwargs["translation_source_id"]).first()
    elif "translation_id" in view_kwargs:
        translation = Translation.objects.filter(pk=view_kwargs["translation_id"]).first()
        source = translation.source if translation else None
    if source is not None:
        page_ids += Page.objects.filter(
            translation_key=source.object_id, locale_id=source.locale_id
        ).values_list("pk", flat=True)
    return page_ids


class AdminReachMiddleware:
    """Answers 404 to an admin URL naming a page out of the user's reach (as if it did not
    exist, like the site does), and to whole-tree reports for anyone who doesn't reach it all."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        user = request.user
        # Wagtail itself turns away people without admin access, and lets superusers in.
        if not match.route.startswith("admin/") or not user.has_perm("wagtailadmin.access_admin"):
            return
        if user.is_superuser:
            return
        page_ids = _named_pages(view_kwargs)
        if page_ids:
            reached = reachable_pages(request).filter(pk__in=page_ids).count()
            if reached < len(set(page_ids)):
                raise Http404
        if (
            match.view_name in WHOLE_TREE_VIEWS
            and Page.objects.exclude(pk__in=reachable_pages(request).values("pk")).exists()
        ):
            raise Http404
        return


def chooser_pages(pages: QuerySet, request) -> QuerySet:
    """The page chooser lists and finds only pages within reach."""
    return pages.filter(pk__in=reachable_pages(request).values("pk"))


class ReachableTranslationsReportView(TranslationsReportView):
    """wagtail-localize's translations report, without the pages out of reach."""

    def get_queryset(self):
        source_page = reachable_pages(self.request).filter(
            translation_key=OuterRef("source__object_id"), locale_id=OuterRef("source__locale_id")
        )
        page_type = ContentType.objects.get_for_model(Page)
        return (
            super()
            .get_queryset()
            .filter(~Q(source__object__content_type=page_type) | Exists(source_page))
        )
