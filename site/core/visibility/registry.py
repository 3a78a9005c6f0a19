"""Where an app hands core.visibility the rules for the content it owns.

core.visibility is the one place every surface asks "may this user see this?", but the rules
for an app's own models live in that app, since core imports nothing above it. The app calls
register(kind, rules) in its AppConfig.ready(); core.visibility answers for that kind by asking
the rules registered. A kind nobody registered fails loudly: no surface may fall back to
showing.
"""

from __future__ import annotations

from django.core.exceptions import ImproperlyConfigured

_rules: dict[str, object] = {}


def register(kind: str, rules: object) -> None:
    """Make `rules` (a module or object with the functions core.visibility asks for `kind`)
    the answer for `kind`. Registering the same rules again (apps reloaded in tests) is a no-op;
    other rules for a kind already taken are refused."""
    if _rules.get(kind, rules) is not rules:
        raise ImproperlyConfigured(f"Visibility rules for {kind!r} are registered twice.")
    _rules[kind] = rules


def rules(kind: str) -> object:
    """The rules registered for `kind`."""
    try:
        return _rules[kind]
    except KeyError:
        raise ImproperlyConfigured(
            f"No installed app registered visibility rules for {kind!r}."
        ) from None
