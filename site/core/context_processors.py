from django.conf import settings

from core.page_cache import holes


def site_chrome(request):
    return {"QUICK_EXIT_URL": settings.QUICK_EXIT_URL}


def csrf_hole(request):
    """On a page shared between readers, the CSRF token is a hole filled for each of them
    (core.page_cache.holes). Comes after Django's own csrf processor, which it overrides."""
    if holes.active(request):
        return {"csrf_token": holes.hole("csrf")}
    return {}
