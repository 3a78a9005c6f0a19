"""The audit log's one entry point. Other apps call:

    from accounts import audit

    audit.record(audit.MODERATION, actor=request.user, target=f"post:{post.pk}", hidden=1)
    audit.record(audit.FOCAL_POINT_DOWNLOAD, actor=request.user, target=f"resource:{r.pk}")

`target` names an object by kind and id, never by its text; keyword arguments are counts
(integers). The log records no post content and no search terms: anything else is refused.
"""

from __future__ import annotations

from contextvars import ContextVar

from accounts.models import AuditEvent

# The request being served, set by AuditActorMiddleware: receivers of signals that do not know
# the request (group and permission changes) name its signed-in user as the actor.
current_request: ContextVar = ContextVar("audit_current_request", default=None)

SIGN_IN = "sign_in"
SIGN_IN_FAILED = "sign_in_failed"
SIGN_IN_LOCKED = "sign_in_locked"
SIGN_OUT = "sign_out"
SESSION_EXPIRED = "session_expired"
PASSWORD_CHANGED = "password_changed"  # noqa: S105 - an event name
TWO_FACTOR_ENABLED = "two_factor_enabled"
TWO_FACTOR_DISABLED = "two_factor_disabled"
GROUPS_CHANGED = "groups_changed"
USER_PERMISSIONS_CHANGED = "user_permissions_changed"
GROUP_PERMISSIONS_CHANGED = "group_permissions_changed"
PAGE_PERMISSIONS_CHANGED = "page_permissions_changed"
COLLECTION_PERMISSIONS_CHANGED = "collection_permissions_changed"
MODERATION = "moderation"
REDACTION = "redaction"
FOCAL_POINT_DOWNLOAD = "focal_point_download"
BACKUP = "backup"
RESTORE = "restore"

TARGET_MAX = 200


def record(event: str, *, actor=None, target: str = "", ip_address=None, **counts) -> AuditEvent:
    """Write one audit event and return it.

    actor: the user who acted (None or an anonymous user for nobody); target: "kind:id";
    counts: integers only (for example `added=2, removed=1`), so no text can slip in.
    """
    for name, value in counts.items():
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"audit count {name!r} must be an integer, not {type(value).__name__}")
    if actor is not None and not getattr(actor, "is_authenticated", False):
        actor = None
    return AuditEvent.objects.create(
        event=event[:64],
        actor=actor,
        actor_name=actor.get_username() if actor is not None else "",
        target=str(target)[:TARGET_MAX],
        counts=counts,
        ip_address=ip_address,
    )


def client_ip(request) -> str | None:
    """The address to record for a request (the same one login throttling uses)."""
    from accounts.throttling import client_ip as throttling_ip

    return throttling_ip(request) if request is not None else None
