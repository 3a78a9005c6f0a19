"""Who runs each reporting or support channel: an app that knows (accountability's roles chart)
registers a lookup here, and the where-to-go page asks here, so neither imports the other."""

from __future__ import annotations

from collections.abc import Callable, Sequence

Lookup = Callable[[object, Sequence], dict[int, list[tuple[str, str]]]]
_lookups: list[Lookup] = []


def register(lookup: Lookup) -> None:
    """Called from the owning app's AppConfig.ready()."""
    _lookups.append(lookup)


def roles_running(request, channels: Sequence) -> dict[int, list[tuple[str, str]]]:
    """Channel pk -> (title, url) of the roles this reader may read that run it."""
    found: dict[int, list[tuple[str, str]]] = {}
    for lookup in _lookups:
        for pk, links in lookup(request, channels).items():
            found.setdefault(pk, []).extend(links)
    return found
