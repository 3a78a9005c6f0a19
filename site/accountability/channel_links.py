"""Each reporting or support channel links back to the roles that run it: the where-to-go page
asks core.channel_roles, where AccountabilityConfig.ready() registers `roles_running`."""

from __future__ import annotations

from django.utils.translation import get_language

from accountability import chart
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
    # The channels are kept on the source-language role (see accountability.chart).
    runs = {
        key: list(source.channels.all()) for key, source in chart.sources(roles, "channels").items()
    }
    found: dict[int, list[tuple[str, str]]] = {}
    for role in roles:
        for channel in runs.get(str(role.translation_key), ()):
            pk = keys.get(str(channel.translation_key))
            if pk is not None:
                found.setdefault(pk, []).append((role.title, role.get_url(request)))
    return found
