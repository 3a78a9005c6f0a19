"""Audit records for sign-in, backups and every change to who may do what.

Group and permission changes arrive as m2m_changed / post_save signals, which do not know the
request; AuditActorMiddleware remembers the current request (audit.current_request) so the
record names who made the change.
"""

from __future__ import annotations

from axes.signals import user_locked_out
from django.contrib.auth import get_user_model, logout
from django.contrib.auth.models import Group
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.db.models.signals import m2m_changed, post_delete, post_save

from accounts import audit, two_factor
from accounts.middleware import mark_session_start
from core.security import backups

# Sign-in backends whose identity provider asks for the second factor itself.
SECOND_FACTOR_ELSEWHERE = {"accounts.oidc.GroupMappingOIDCBackend"}
CHANGES = {"post_add": "added", "post_remove": "removed", "post_clear": "cleared"}
USERNAME_MAX = 150


def _actor_and_ip():
    request = audit.current_request.get()
    if request is None:
        return None, None
    user = getattr(request, "user", None)
    return user, audit.client_ip(request)


def signed_in(sender, request, user, **kwargs):
    audit.record(audit.SIGN_IN, actor=user, target=f"user:{user.pk}", ip_address=_ip(request))


def second_factor_or_nothing(sender, request, user, **kwargs):
    """A person with an authenticator app is signed in only with its code, whatever the path.

    accounts.backends puts the checked device on the user and django_otp marks the session
    verified with it (its own user_logged_in receiver, connected before this one). A sign-in
    that arrives without it (a view that calls login() itself, a password reset that signs in)
    is undone at once: the session fails closed instead of trusting every path to ask.
    """
    if request is None or not hasattr(request, "session") or hasattr(user, "otp_device"):
        return
    if getattr(user, "backend", "") in SECOND_FACTOR_ELSEWHERE:
        return
    if two_factor.confirmed_device(user) is not None:
        logout(request)


def signed_out(sender, request, user, **kwargs):
    if user is not None:
        audit.record(audit.SIGN_OUT, actor=user, target=f"user:{user.pk}", ip_address=_ip(request))


def sign_in_failed(sender, credentials, request=None, **kwargs):
    # The attempted name only (Django already masks the password); it may not be an account.
    username = str(credentials.get("username", ""))[:USERNAME_MAX]
    audit.record(audit.SIGN_IN_FAILED, target=f"username:{username}", ip_address=_ip(request))


def locked_out(sender, request, username=None, ip_address=None, **kwargs):
    audit.record(
        audit.SIGN_IN_LOCKED,
        target=f"username:{str(username or '')[:USERNAME_MAX]}",
        ip_address=_ip(request),
    )


def _ip(request):
    return audit.client_ip(request) if request is not None else None


def archive_written(sender, path, files, **kwargs):
    audit.record(audit.BACKUP, target=f"archive:{path.name}", files=files)


def membership_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if action not in CHANGES:
        return
    actor, ip = _actor_and_ip()
    count = len(pk_set or ())
    # group.user_set.add(...) (reverse): one event per group, counting users.
    target = f"group:{instance.pk}" if reverse else f"user:{instance.pk}"
    audit.record(
        audit.GROUPS_CHANGED, actor=actor, target=target, ip_address=ip, **{CHANGES[action]: count}
    )


def permissions_changed(event):
    def receiver(sender, instance, action, reverse, pk_set, **kwargs):
        if action not in CHANGES:
            return
        actor, ip = _actor_and_ip()
        kind = "permission" if reverse else instance._meta.model_name
        audit.record(
            event,
            actor=actor,
            target=f"{kind}:{instance.pk}",
            ip_address=ip,
            **{CHANGES[action]: len(pk_set or ())},
        )

    return receiver


def object_permission_saved(event):
    def receiver(sender, instance, created=None, **kwargs):
        actor, ip = _actor_and_ip()
        change = "removed" if created is None else ("added" if created else "changed")
        audit.record(
            event, actor=actor, target=f"group:{instance.group_id}", ip_address=ip, **{change: 1}
        )

    return receiver


def connect():
    from wagtail.models import GroupCollectionPermission, GroupPagePermission

    User = get_user_model()

    user_logged_in.connect(second_factor_or_nothing, dispatch_uid="second_factor_or_nothing")
    user_logged_in.connect(mark_session_start, dispatch_uid="session_start")
    user_logged_in.connect(signed_in, dispatch_uid="audit_signed_in")
    user_logged_out.connect(signed_out, dispatch_uid="audit_signed_out")
    user_login_failed.connect(sign_in_failed, dispatch_uid="audit_sign_in_failed")
    user_locked_out.connect(locked_out, dispatch_uid="audit_locked_out")
    backups.backup_written.connect(archive_written, dispatch_uid="audit_backup_written")
    m2m_changed.connect(membership_changed, sender=User.groups.through, dispatch_uid="audit_groups")
    m2m_changed.connect(
        permissions_changed(audit.USER_PERMISSIONS_CHANGED),
        sender=User.user_permissions.through,
        dispatch_uid="audit_user_permissions",
        weak=False,
    )
    m2m_changed.connect(
        permissions_changed(audit.GROUP_PERMISSIONS_CHANGED),
        sender=Group.permissions.through,
        dispatch_uid="audit_group_permissions",
        weak=False,
    )
    for model, event in (
        (GroupPagePermission, audit.PAGE_PERMISSIONS_CHANGED),
        (GroupCollectionPermission, audit.COLLECTION_PERMISSIONS_CHANGED),
    ):
        receiver = object_permission_saved(event)
        post_save.connect(receiver, sender=model, weak=False, dispatch_uid=f"audit_{event}_save")
        post_delete.connect(receiver, sender=model, weak=False, dispatch_uid=f"audit_{event}_del")
