"""The demo users `seed_demo` creates, one per role, and the rule for their password; the home
page names them in development (settings.DEMO_SIGN_IN_HINT)."""

import os

from core import roles

DEMO_USERS = {
    "newhire": (roles.PERSONNEL,),
    "focalpoint": (roles.PERSONNEL, roles.FOCAL_POINTS),
    "moderator": (roles.PERSONNEL, roles.FOCAL_POINTS, roles.MODERATORS),
    "comms": (roles.PERSONNEL, roles.COMMS),
    "editor": (roles.PERSONNEL, roles.EDITORS),
    "translator": (roles.PERSONNEL, roles.TRANSLATORS),
    "ethics": (roles.PERSONNEL, roles.ETHICS),
    "admin": (),
}
DEFAULT_DEMO_PASSWORD = "demo-password-change-me"  # noqa: S105 - documented local default


def demo_password() -> str:
    """The password `seed_demo` gives the users it creates."""
    return os.environ.get("DEMO_PASSWORD") or DEFAULT_DEMO_PASSWORD


def sign_in_hint() -> dict:
    """What the development home page says about signing in: the users with their roles, and
    the password when it is the documented default (one set in DEMO_PASSWORD is not shown)."""
    password = demo_password()
    return {
        "users": DEMO_USERS,
        "password": password if password == DEFAULT_DEMO_PASSWORD else None,
    }
