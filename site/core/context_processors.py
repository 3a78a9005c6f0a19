from django.conf import settings


def site_chrome(request):
    return {"QUICK_EXIT_URL": settings.QUICK_EXIT_URL}
