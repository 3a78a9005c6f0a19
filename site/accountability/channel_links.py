"""Each reporting or support channel links back to the roles that run it: the where-to-go page
asks core.channel_roles, where AccountabilityConfig.ready() registers `roles_running`."""

from __future__ import annotations

from django.conf import settings
from django.utils.translation import get_language

from accountability.models import RolePage
from core import visibility


def roles_running(request, channels) -> dict[int, list[tuple[str, str]]]:
    """Channel pk -> (title, url) of each role running it, in the reader's language, among the
    roles this reader may read (none for a reader who may not see the roles chart). Three
    queries, one for a reader who may see no role, whatever the number of channels and roles."""
    if not channels:
        return {}
    keys = {str(channel.translation_key): channel.pk for channel in channels}
    # Filtered in SQL: for a reader who may not see the chart, one query and no roles.
    in_language = RolePage.objects.filter(locale__language_code=get_language())
    roles = list(visibility.visible_pages(request, in_language).order_by("path"))
    if not roles:
        return {}
    # The channels are kept on the source-language role (see accountability.models.roles).
    sources = RolePage.objects.filter(
        translation_key__in=[role.translation_key for role in roles],
        locale__language_code=settings.LANGUAGE_CODE,
    ).prefetch_related("channels")
    runs = {source.translation_key: list(source.channels.all()) for source in sources}
    found: dict[int, list[tuple[str, str]]] = {}
    for role in roles:
        for channel in runs.get(role.translation_key, ()):
            pk = keys.get(str(channel.translation_key))
            if pk is not None:
                found.setdefault(pk, []).append((role.title, role.get_url(request)))
    return found
