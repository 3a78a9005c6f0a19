"""Start-up checks of the sign-in configuration (run by `manage.py check` and every start)."""

from django.conf import settings
from django.core.checks import Error, register

from core import roles


@register("security")
def oidc_configuration(app_configs, **kwargs):
    errors = []
    for source, target in settings.OIDC_GROUP_MAP.items():
        if not source or target not in roles.ALL_GROUPS:
            errors.append(
                Error(
                    f"OIDC_GROUP_MAP maps {source!r} to {target!r}, which is not a role group.",
                    hint=f"Use one of: {', '.join(roles.ALL_GROUPS)}.",
                    id="accounts.E001",
                )
            )
    for name in settings.OIDC_DEFAULT_GROUPS:
        if name not in roles.ALL_GROUPS:
            errors.append(
                Error(f"OIDC_DEFAULT_GROUPS names {name!r}, not a role group.", id="accounts.E002")
            )
    if settings.OIDC_ENABLED:
        for name in (
            "OIDC_RP_CLIENT_SECRET",
            "OIDC_OP_AUTHORIZATION_ENDPOINT",
            "OIDC_OP_TOKEN_ENDPOINT",
            "OIDC_OP_USER_ENDPOINT",
            "OIDC_OP_JWKS_ENDPOINT",
        ):
            if not getattr(settings, name):
                errors.append(
                    Error(f"{name} must be set when OIDC_RP_CLIENT_ID is.", id="accounts.E003")
                )
    return errors
