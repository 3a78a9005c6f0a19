"""OpenID Connect single sign-on (mozilla-django-oidc), on when OIDC_RP_CLIENT_ID is set.

The identity provider's groups claim decides, at every sign-in, which of our role groups
(core.roles) the person is in: a group removed at the provider is removed here at the next
sign-in. Groups that are not role groups (made by hand in the admin) are left alone, and the
provider can never make anyone a superuser or staff.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.exceptions import SuspiciousOperation
from django.db import transaction
from django.http import Http404
from mozilla_django_oidc.auth import OIDCAuthenticationBackend
from mozilla_django_oidc.views import OIDCAuthenticationCallbackView, OIDCAuthenticationRequestView

from core import roles


def mapped_groups(claims: dict) -> set[str]:
    """Our role group names for the provider's claims."""
    raw = claims.get(settings.OIDC_GROUPS_CLAIM) or []
    if isinstance(raw, str):
        raw = [raw]
    names = {settings.OIDC_GROUP_MAP[g] for g in raw if g in settings.OIDC_GROUP_MAP}
    return names | set(settings.OIDC_DEFAULT_GROUPS)


class GroupMappingOIDCBackend(OIDCAuthenticationBackend):
    """Checks the token's issuer and audience, matches people by e-mail and maps groups."""

    def verify_token(self, token, **kwargs):
        payload = super().verify_token(token, **kwargs)
        audience = payload.get("aud")
        audiences = audience if isinstance(audience, list) else [audience]
        if self.OIDC_RP_CLIENT_ID not in audiences:
            raise SuspiciousOperation("The ID token was issued for another client.")
        issuer = settings.OIDC_OP_ISSUER
        if issuer and payload.get("iss") != issuer:
            raise SuspiciousOperation("The ID token comes from another issuer.")
        return payload

    def verify_claims(self, claims):
        return bool(claims.get("email")) and claims.get("email_verified", True) is not False

    def create_user(self, claims):
        with transaction.atomic():
            user = super().create_user(claims)
            self.sync(user, claims)
        return user

    def update_user(self, user, claims):
        with transaction.atomic():
            self.sync(user, claims)
        return user

    def get_username(self, claims):
        preferred = str(claims.get("preferred_username") or "").strip()[:150]
        User = self.UserModel
        if preferred and not User.objects.filter(username=preferred).exists():
            return preferred
        return super().get_username(claims)

    def sync(self, user, claims):
        changed = []
        for field, claim in (("first_name", "given_name"), ("last_name", "family_name")):
            value = str(claims.get(claim) or "")[:150]
            if value and getattr(user, field) != value:
                setattr(user, field, value)
                changed.append(field)
        if changed:
            user.save(update_fields=changed)
        wanted = mapped_groups(claims)
        current = set(user.groups.filter(name__in=roles.ALL_GROUPS).values_list("name", flat=True))
        if current - wanted:
            user.groups.remove(*Group.objects.filter(name__in=current - wanted))
        if wanted - current:
            user.groups.add(*Group.objects.filter(name__in=wanted - current))
        # A cached copy on this user object must not outlive the change.
        user.__dict__.pop("_group_names", None)


class _WhenEnabled:
    def dispatch(self, request, *args, **kwargs):
        if not settings.OIDC_ENABLED:
            raise Http404
        return super().dispatch(request, *args, **kwargs)


class SignOnStartView(_WhenEnabled, OIDCAuthenticationRequestView):
    pass


class SignOnCallbackView(_WhenEnabled, OIDCAuthenticationCallbackView):
    pass
