"""Session lifetime and the audit log's view of the current request."""

from __future__ import annotations

import time

from django.conf import settings
from django.contrib.auth import logout

from accounts import audit

STARTED = "_session_started_at"
SEEN = "_session_seen_at"
# Write the last-seen time at most this often, so reading pages does not save the session on
# every request; the idle timeout is therefore exact to within this many seconds.
SEEN_RESOLUTION = 60


class AuditActorMiddleware:
    """Let audit receivers (group and permission signals) know who is making the change."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = audit.current_request.set(request)
        try:
            return self.get_response(request)
        finally:
            audit.current_request.reset(token)


class SessionTimeoutMiddleware:
    """Sign a person out after SESSION_IDLE_TIMEOUT seconds without a request, and after
    SESSION_ABSOLUTE_TIMEOUT seconds since they signed in, whatever they did meanwhile.

    Must come after AuthenticationMiddleware. The request then goes on as anonymous, so a
    restricted page sends the reader to the sign-in page like any signed-out visitor.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            self.check(request, user)
        return self.get_response(request)

    def check(self, request, user):
        now = time.time()
        session = request.session
        started = session.get(STARTED)
        seen = session.get(SEEN)
        if started is None or seen is None:
            # Signed in before this middleware existed, or by force_login: start counting now.
            session[STARTED] = session.get(STARTED, now)
            session[SEEN] = now
            return
        idle = now - seen > settings.SESSION_IDLE_TIMEOUT
        too_old = now - started > settings.SESSION_ABSOLUTE_TIMEOUT
        if idle or too_old:
            audit.record(
                audit.SESSION_EXPIRED,
                actor=user,
                target=f"user:{user.pk}",
                ip_address=audit.client_ip(request),
                idle=int(idle),
            )
            logout(request)
            return
        if now - seen >= SEEN_RESOLUTION:
            session[SEEN] = now


def mark_session_start(sender, request, user, **kwargs):
    """At sign-in (the session key has just been rotated by django.contrib.auth.login)."""
    if request is not None and hasattr(request, "session"):
        now = time.time()
        request.session[STARTED] = now
        request.session[SEEN] = now
