"""Audiences: who may see a piece of content, as one token a search entry can carry.

A search index cannot ask "may this user see this?" per result, so each entry carries the
audience the visibility rules give its source, and a query keeps only the tokens the asking
user satisfies. Tokens:

- ``public``: anyone, signed in or not;
- ``signed_in``: any signed-in person;
- ``groups:A|B``: members of any of the groups A or B (sorted, joined by ``|``);
- ``nobody``: never shown in search (password-protected pages, held posts).
"""

from __future__ import annotations

from wagtail.models import Page, PageViewRestriction

from core.roles import user_groups

PUBLIC = "public"
SIGNED_IN = "signed_in"
NOBODY = "nobody"
GROUP_PREFIX = "groups:"


def groups_token(names) -> str:
    return GROUP_PREFIX + "|".join(sorted(names))


def _restrictions_of(page: Page) -> list[PageViewRestriction]:
    """Every view restriction that applies to `page`, its translations or its alias source."""
    related = Page.objects.filter(translation_key=page.translation_key)
    if page.alias_of_id:
        related = related | Page.objects.filter(pk=page.alias_of_id)
    paths = set()
    for path in related.values_list("path", flat=True):
        paths.update(path[:end] for end in range(Page.steplen, len(path) + 1, Page.steplen))
    return list(PageViewRestriction.objects.filter(page__path__in=paths).prefetch_related("groups"))


def page_audience(page: Page) -> str:
    """The audience of a page: the strictest of all the restrictions that apply to it."""
    token = PUBLIC
    allowed_groups: set[str] | None = None
    for restriction in _restrictions_of(page):
        kind = restriction.restriction_type
        if kind == PageViewRestriction.PASSWORD:
            return NOBODY
        if kind == PageViewRestriction.LOGIN:
            token = SIGNED_IN if token == PUBLIC else token
        elif kind == PageViewRestriction.GROUPS:
            names = {group.name for group in restriction.groups.all()}
            # Nested group restrictions: a reader must pass each, so only the overlap may see.
            allowed_groups = names if allowed_groups is None else allowed_groups & names
    if allowed_groups is not None:
        return groups_token(allowed_groups) if allowed_groups else NOBODY
    return token


def satisfies(user, token: str) -> bool:
    """May `user` see content with this audience token?"""
    if token == PUBLIC:
        return True
    if token == NOBODY:
        return False
    if not user.is_authenticated:
        return False
    if user.is_superuser or token == SIGNED_IN:
        return True
    if token.startswith(GROUP_PREFIX):
        names = set(token[len(GROUP_PREFIX) :].split("|"))
        return bool(names & user_groups(user))
    return False


def tokens_for(user, known_tokens) -> list[str]:
    """The tokens among `known_tokens` (those present in an index) that `user` satisfies."""
    return sorted(token for token in set(known_tokens) if satisfies(user, token))
