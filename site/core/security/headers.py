"""Cache headers that keep private answers out of shared caches and browser history caches."""

from __future__ import annotations

from django.conf import settings
from django.utils.cache import patch_cache_control, patch_vary_headers


class PrivateCacheControlMiddleware:
    """`Cache-Control: private, no-store` on document downloads, sign-in pages and anything
    served to a signed-in person; `Vary: Cookie` on the rest so a cache never mixes them."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if is_private(request):
            patch_cache_control(response, private=True, no_store=True)
            response.headers.pop("Expires", None)
        else:
            patch_vary_headers(response, ("Cookie",))
        return response


def is_private(request) -> bool:
    if request.path_info.startswith(tuple(settings.PRIVATE_URL_PREFIXES)):
        return True
    # Only look at the user when a session exists: no query for anonymous readers.
    if settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return False
    user = getattr(request, "user", None)
    return bool(user is not None and user.is_authenticated)
