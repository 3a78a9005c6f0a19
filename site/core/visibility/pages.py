"""The one answer to "may this person see this?", used by every page, listing, search,
feed, e-mail and download.

Wagtail decides page privacy by the page's own ancestors only, so an alias or a translation of
a page that was made private later stays public. Here privacy belongs to the *content*: a page
is restricted by every view restriction on the ancestors of itself, of its translations (pages
sharing its translation key), and of the page it is an alias of. The strictest one wins.

Pages that are not live, or whose expiry time has passed, are never visible to readers, even
when the scheduler that unpublishes them is late.
"""

from __future__ import annotations

from django.db.models import Q, QuerySet
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from core.roles import user_groups

_CACHE_ATTR = "_visibility_restrictions"


def _accepts(restriction: PageViewRestriction, user, session) -> bool:
    if restriction.restriction_type == PageViewRestriction.NONE:
        return True
    if restriction.restriction_type == PageViewRestriction.LOGIN:
        return user.is_authenticated
    if restriction.restriction_type == PageViewRestriction.GROUPS:
        if user.is_superuser:
            return True
        names = {group.name for group in restriction.groups.all()}
        return bool(names & user_groups(user))
    if restriction.restriction_type == PageViewRestriction.PASSWORD:
        passed = (session or {}).get(PageViewRestriction.passed_view_restrictions_session_key, [])
        return restriction.id in passed
    return False


def _failing_restrictions(user, session=None, request=None) -> list[PageViewRestriction]:
    """Every view restriction in the site that this user does not pass (cached per request)."""
    if request is not None and hasattr(request, _CACHE_ATTR):
        return getattr(request, _CACHE_ATTR)
    restrictions = PageViewRestriction.objects.select_related("page").prefetch_related("groups")
    failing = [r for r in restrictions if not _accepts(r, user, session)]
    if request is not None:
        setattr(request, _CACHE_ATTR, failing)
    return failing


def _hidden_by(failing: list[PageViewRestriction]) -> Q | None:
    """A filter matching every page that one of these restrictions hides."""
    if not failing:
        return None
    under = Q()
    for restriction in failing:
        under |= Q(path__startswith=restriction.page.path)
    hidden_keys = Page.objects.filter(under).values("translation_key")
    return under | Q(translation_key__in=hidden_keys) | Q(alias_of__translation_key__in=hidden_keys)


def _visible(queryset: QuerySet | None, failing: list[PageViewRestriction]) -> QuerySet:
    queryset = Page.objects.all() if queryset is None else queryset
    now = timezone.now()
    queryset = queryset.filter(live=True).filter(Q(expire_at__isnull=True) | Q(expire_at__gt=now))
    hidden = _hidden_by(failing)
    return queryset if hidden is None else queryset.exclude(hidden)


def visible_pages(request, queryset: QuerySet | None = None) -> QuerySet:
    """The pages of `queryset` (all pages by default) this request's user may read."""
    return _visible(queryset, _failing_restrictions(request.user, request.session, request))


def visible_pages_for_user(user, queryset: QuerySet | None = None) -> QuerySet:
    """As visible_pages, for work done outside a request (e-mails, digests, feeds)."""
    return _visible(queryset, _failing_restrictions(user))


def is_expired(page: Page) -> bool:
    return page.expire_at is not None and page.expire_at <= timezone.now()


def page_denial(request, page: Page) -> PageViewRestriction | None:
    """The first restriction that keeps this request's user from `page`, or None."""
    failing = _failing_restrictions(request.user, request.session, request)
    if not failing:
        return None
    for restriction in failing:
        if page.path.startswith(restriction.page.path):
            return restriction
    # Restricted through a translation or the page it aliases, not through its own ancestors:
    # the same rule as _hidden_by, asked of this page's few relatives instead of the whole tree.
    related = Page.objects.filter(translation_key=page.translation_key)
    if page.alias_of_id:
        source = Page.objects.filter(pk=page.alias_of_id).values("translation_key")
        related = related | Page.objects.filter(translation_key__in=source)
    for path in related.values_list("path", flat=True):
        for restriction in failing:
            if path.startswith(restriction.page.path):
                return restriction
    return None


def can_view_page(request, page: Page) -> bool:
    return page.live and not is_expired(page) and page_denial(request, page) is None
