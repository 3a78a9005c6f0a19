"""The access level a reader sees on a resource: a label for the audience core.visibility gives
it. Only a label: whether someone may see a resource is decided by core.visibility alone."""

from __future__ import annotations

from collections.abc import Sequence

from django.utils.translation import gettext_lazy as _

from core.roles import FOCAL_POINTS
from core.visibility.audience import NOBODY, PUBLIC, SIGNED_IN, groups_token, page_audiences
from core.visibility.community import MEMBER_GROUPS

FOCAL_POINTS_ONLY = _("Focal points only")
LABELS = {
    PUBLIC: _("Public"),
    SIGNED_IN: _("Everyone signed in"),
    groups_token([FOCAL_POINTS]): FOCAL_POINTS_ONLY,
    groups_token(MEMBER_GROUPS): FOCAL_POINTS_ONLY,
    # Password pages, and nested group restrictions that share no group.
    NOBODY: _("Only with the password"),
}
OTHER_GROUPS = _("Selected groups only")


def label(token: str) -> str:
    return str(LABELS.get(token, OTHER_GROUPS))


def labels(pages: Sequence, complete: Sequence = ()) -> dict[int, str]:
    """The label of each page, by its primary key (two queries at most; see privacy_paths)."""
    return {pk: label(token) for pk, token in page_audiences(pages, complete).items()}
