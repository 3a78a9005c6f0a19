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

from collections.abc import Sequence
from dataclasses import dataclass, field

from wagtail.models import Page, PageViewRestriction

from core.roles import user_groups
from core.visibility.pages import privacy_paths

PUBLIC = "public"
SIGNED_IN = "signed_in"
NOBODY = "nobody"
GROUP_PREFIX = "groups:"


def groups_token(names) -> str:
    return GROUP_PREFIX + "|".join(sorted(names))


@dataclass
class _Restriction:
    path: str
    kind: str
    groups: set[str] = field(default_factory=set)


def _ancestors(paths) -> set[str]:
    """These paths and those of all their ancestors."""
    step = Page.steplen
    return {path[:end] for path in paths for end in range(step, len(path) + 1, step)}


def _restrictions_at(paths: set[str]) -> list[_Restriction]:
    """The view restrictions on these paths, with their groups' names (one query)."""
    found: dict[int, _Restriction] = {}
    rows = PageViewRestriction.objects.filter(page__path__in=paths).values_list(
        "pk", "page__path", "restriction_type", "groups__name"
    )
    for pk, path, kind, group in rows:
        restriction = found.setdefault(pk, _Restriction(path, kind))
        if group is not None:
            restriction.groups.add(group)
    return list(found.values())


def _strictest(restrictions: list[_Restriction]) -> str:
    token = PUBLIC
    allowed_groups: set[str] | None = None
    for restriction in restrictions:
        if restriction.kind == PageViewRestriction.PASSWORD:
            return NOBODY
        if restriction.kind == PageViewRestriction.LOGIN:
            token = SIGNED_IN
        elif restriction.kind == PageViewRestriction.GROUPS:
            # Nested group restrictions: a reader must pass each, so only the overlap may see.
            names = restriction.groups
            allowed_groups = names if allowed_groups is None else allowed_groups & names
    if allowed_groups is not None:
        return groups_token(allowed_groups) if allowed_groups else NOBODY
    return token


def page_audiences(pages: Sequence[Page], complete: Sequence[Page] = ()) -> dict[int, str]:
    """The audience of each page: the strictest of the restrictions the visibility rule applies
    to it (two queries at most; see privacy_paths for `complete`)."""
    paths = privacy_paths(pages, complete)
    restrictions = _restrictions_at(_ancestors(set().union(*paths.values())))
    return {
        pk: _strictest([r for r in restrictions if any(p.startswith(r.path) for p in own)])
        for pk, own in paths.items()
    }


def page_audience(page: Page) -> str:
    return page_audiences([page])[page.pk]


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
