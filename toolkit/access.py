"""The access level a reader sees on a resource, derived from the section it lives in.

Only a label: whether someone may see a resource is decided by core.visibility alone. A section's
level counts the restrictions on its own ancestors and on those of its translations, so a French
resource under the (unrestricted) French toolkit index shows the level of the English section.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _
from wagtail.models import PageViewRestriction

# Stricter levels win when sections nest.
PUBLIC, SIGNED_IN, GROUPS = 0, 1, 2
LABELS = {
    PUBLIC: _("Public"),
    SIGNED_IN: _("Everyone signed in"),
    GROUPS: _("Focal points only"),
}
_LEVEL_OF_RESTRICTION = {
    PageViewRestriction.NONE: PUBLIC,
    PageViewRestriction.PASSWORD: SIGNED_IN,
    PageViewRestriction.LOGIN: SIGNED_IN,
    PageViewRestriction.GROUPS: GROUPS,
}


@dataclass(frozen=True)
class Section:
    path: str
    level: int


def toolkit_sections() -> list[Section]:
    """Every toolkit index with its access level (two queries, whatever the number of pages)."""
    from toolkit.models import ToolkitIndexPage

    restrictions = [
        (r.page.path, _LEVEL_OF_RESTRICTION[r.restriction_type])
        for r in PageViewRestriction.objects.select_related("page").only(
            "restriction_type", "page__path"
        )
    ]
    indexes = list(
        ToolkitIndexPage.objects.values_list("path", "translation_key", "alias_of__translation_key")
    )
    by_key: dict = {}
    for path, key, alias_key in indexes:
        own = max((lvl for rpath, lvl in restrictions if path.startswith(rpath)), default=PUBLIC)
        for shared_key in (key, alias_key):
            if shared_key is not None:
                by_key[shared_key] = max(by_key.get(shared_key, PUBLIC), own)
    return [
        Section(path, max(by_key.get(key, PUBLIC), by_key.get(alias_key, PUBLIC)))
        for path, key, alias_key in indexes
    ]


def level_of(page, sections: list[Section]) -> int:
    return max((s.level for s in sections if page.path.startswith(s.path)), default=PUBLIC)


def label_of(page, sections: list[Section]) -> str:
    return str(LABELS[level_of(page, sections)])
