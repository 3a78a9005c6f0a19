"""Which readers see exactly the same content: the key a shared, stored page is kept under.

Everything the visibility rules look at goes in: superuser or not, the groups, the password
restrictions passed in this session, and, in the community, whether the reader wrote anything
others cannot see yet (their held or hidden posts show only to them: such a reader gets a key of
their own). Apps add what else makes a page differ between readers (key_part); campaign
banners, for example, depend on whether the reader is a new hire.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable

from wagtail.models import PageViewRestriction

from core.roles import user_groups
from core.visibility import community

_parts: list[Callable] = []


def key_part(function: Callable) -> Callable:
    """Register fn(user) -> a JSON-able value that must match for two readers to share."""
    _parts.append(function)
    return function


def reader_key(request) -> str:
    user = request.user
    passed = request.session.get(PageViewRestriction.passed_view_restrictions_session_key, [])
    described = {
        "signed_in": user.is_authenticated,
        "superuser": user.is_superuser,
        "groups": sorted(user_groups(user)),
        "passwords": sorted(passed),
        "own_unpublished": user.pk if community.has_own_unpublished(user) else None,
        "more": [part(user) for part in _parts],
    }
    text = json.dumps(described, sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:32]
