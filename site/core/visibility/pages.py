"""The one answer to "may this person see this page?", used by every page, listing, search,
feed, e-mail and download.

Wagtail decides page privacy by the page's own ancestors only, so an alias or a translation of
a page that was made private later stays public. Here privacy belongs to the *content*: a page
is restricted by every view restriction on the ancestors of itself, of its translations (pages
sharing its translation key), of the page it is an alias of and of that page's translations.
The strictest one wins. The rule is written once, in both directions: `privacy_paths` (which
pages' restrictions apply to these pages) and `pages_restricted_at` (which pages a restriction
applies to). Everything else asks these two.

Pages that are not live, or whose expiry time has passed, are never visible to readers, even
when the scheduler that unpublishes them is late.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.db.models import Q, QuerySet
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from core.roles import user_groups

_CACHE_ATTR = "_visibility_restrictions"
_TRANSLATIONS_ATTR = "_visibility_translations"
# What privacy_paths and readable read of a page: fetch at least these (`.only(...)`).
READABLE_FIELDS = ("path", "translation_key", "alias_of_id", "live", "expire_at")


def privacy_paths(pages: Sequence[Page], complete: Sequence[Page] = ()) -> dict[int, set[str]]:
    """The rule: for each page, the paths of the pages whose view restrictions (on themselves or
    their ancestors) apply to it: itself, its translations, the page it aliases and that page's
    translations.

    At most one query. `complete` is pages already at hand that are *all* the pages of their
    translation keys (a page's whole set of translations): the database is asked only for keys
    they leave out, and not at all when they cover every key needed.
    """
    key_of = {page.pk: page.translation_key for page in (*pages, *complete)}
    wanted, unknown_sources = set(), set()
    for page in pages:
        wanted.add(page.translation_key)
        if page.alias_of_id in key_of:
            wanted.add(key_of[page.alias_of_id])
        elif page.alias_of_id:
            unknown_sources.add(page.alias_of_id)
    rows = [(page.pk, page.translation_key, page.path) for page in complete]
    missing = wanted - {page.translation_key for page in complete}
    if missing or unknown_sources:
        condition = Q(translation_key__in=missing)
        if unknown_sources:
            sources = Page.objects.filter(pk__in=unknown_sources).values("translation_key")
            condition |= Q(translation_key__in=sources)
        rows += Page.objects.filter(condition).values_list("pk", "translation_key", "path")
    paths_of_key = defaultdict(set)
    for pk, key, path in rows:
        key_of[pk] = key
        paths_of_key[key].add(path)
    return {
        page.pk: paths_of_key[page.translation_key] | paths_of_key[key_of.get(page.alias_of_id)]
        for page in pages
    }


def pages_restricted_at(paths: Iterable[str]) -> Q | None:
    """The rule, backwards: a filter matching every page that a view restriction on one of
    these paths applies to (the pages below them, all their translations, and the aliases of
    any of those). None when there are no paths."""
    under = Q()
    for path in paths:
        under |= Q(path__startswith=path)
    if not under:
        return None
    keys = Page.objects.filter(under).values("translation_key")
    return under | Q(translation_key__in=keys) | Q(alias_of__translation_key__in=keys)


@dataclass(frozen=True)
class Restriction:
    """What the rule needs of a view restriction: a plain record, not a Page and its model
    machinery (every request reads every restriction of the site)."""

    id: int
    restriction_type: str
    path: str  # the restricted page's
    groups: frozenset[str]


def _restrictions() -> list[Restriction]:
    """Every view restriction in the site, in one query (a row per group it names)."""
    rows = PageViewRestriction.objects.values_list(
        "id", "restriction_type", "page__path", "groups__name"
    )
    found, groups = {}, defaultdict(set)
    for pk, kind, path, group in rows:
        found[pk] = (kind, path)
        if group is not None:
            groups[pk].add(group)
    return [
        Restriction(pk, kind, path, frozenset(groups[pk])) for pk, (kind, path) in found.items()
    ]


def _accepts(restriction: Restriction, user, session) -> bool:
    if restriction.restriction_type == PageViewRestriction.NONE:
        return True
    if restriction.restriction_type == PageViewRestriction.LOGIN:
        return user.is_authenticated
    if restriction.restriction_type == PageViewRestriction.GROUPS:
        if user.is_superuser:
            return True
        return bool(restriction.groups & user_groups(user))
    if restriction.restriction_type == PageViewRestriction.PASSWORD:
        passed = (session or {}).get(PageViewRestriction.passed_view_restrictions_session_key, [])
        return restriction.id in passed
    return False


def _failing_restrictions(user, session=None, request=None) -> list[Restriction]:
    """Every view restriction in the site that this user does not pass (cached per request)."""
    if request is not None and hasattr(request, _CACHE_ATTR):
        return getattr(request, _CACHE_ATTR)
    failing = [r for r in _restrictions() if not _accepts(r, user, session)]
    if request is not None:
        setattr(request, _CACHE_ATTR, failing)
    return failing


def _first_applying(failing: list[Restriction], paths: Iterable[str]):
    for path in paths:
        for restriction in failing:
            if path.startswith(restriction.path):
                return restriction
    return None


def _visible(queryset: QuerySet | None, failing: list[Restriction]) -> QuerySet:
    queryset = Page.objects.all() if queryset is None else queryset
    now = timezone.now()
    queryset = queryset.filter(live=True).filter(Q(expire_at__isnull=True) | Q(expire_at__gt=now))
    hidden = pages_restricted_at(restriction.path for restriction in failing)
    return queryset if hidden is None else queryset.exclude(hidden)


def visible_pages(request, queryset: QuerySet | None = None) -> QuerySet:
    """The pages of `queryset` (all pages by default) this request's user may read."""
    return _visible(queryset, _failing_restrictions(request.user, request.session, request))


def visible_pages_for_user(user, queryset: QuerySet | None = None) -> QuerySet:
    """As visible_pages, for work done outside a request (e-mails, digests, feeds)."""
    return _visible(queryset, _failing_restrictions(user))


def is_expired(page: Page) -> bool:
    return page.expire_at is not None and page.expire_at <= timezone.now()


def page_denial(request, page: Page) -> Restriction | None:
    """The first restriction that keeps this request's user from `page`, or None."""
    failing = _failing_restrictions(request.user, request.session, request)
    if not failing:
        return None
    # The page's own ancestors first: no query, and the restriction Wagtail itself would name.
    if own := _first_applying(failing, [page.path]):
        return own
    translations = _translations(request, page)
    return _first_applying(failing, privacy_paths([page], complete=translations)[page.pk])


def can_view_page(request, page: Page) -> bool:
    return page.live and not is_expired(page) and page_denial(request, page) is None


def readable(request, pages: Sequence[Page], complete: Sequence[Page] = ()) -> list[Page]:
    """The pages of a list already fetched that this request's user may read, in order: as
    can_view_page for each, in one query at most (none when `complete` covers them, see
    privacy_paths)."""
    candidates = [page for page in pages if page.live and not is_expired(page)]
    failing = _failing_restrictions(request.user, request.session, request)
    if not failing or not candidates:
        return candidates
    paths = privacy_paths(candidates, complete)
    return [page for page in candidates if _first_applying(failing, paths[page.pk]) is None]


def _translations(request, page: Page) -> list[Page]:
    """Every language version of `page` (itself among them) with its locale, read once per
    request: the page's own check and its language switcher share the query."""
    memo = request.__dict__.setdefault(_TRANSLATIONS_ATTR, {})
    if page.translation_key not in memo:
        memo[page.translation_key] = list(
            Page.objects.filter(translation_key=page.translation_key)
            .select_related("locale")
            .only(*READABLE_FIELDS, "url_path", "last_published_at", "locale__language_code")
        )
    return memo[page.translation_key]


def readable_translations(request, page: Page) -> list[Page]:
    """The language versions of `page` (itself among them) this request's user may read, with
    their locales, in one query (none when the page's check already read them)."""
    translations = _translations(request, page)
    return readable(request, translations, complete=translations)
