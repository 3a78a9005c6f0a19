"""The site's URLs behind a web server that hands out MEDIA_ROOT under MEDIA_URL, as the
README's `location /media/` does in production (and `static()` does in development)."""

from django.conf import settings
from django.urls import re_path
from django.views.static import serve

from config.urls import urlpatterns as site_urlpatterns


def serve_media(request, path):
    # Read the setting per request: tests point MEDIA_ROOT at a folder of their own.
    return serve(request, path, document_root=settings.MEDIA_ROOT)


urlpatterns = [re_path(r"^media/(?P<path>.*)$", serve_media), *site_urlpatterns]
