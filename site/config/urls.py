from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from accounts.passwords import ThrottledPasswordResetView
from accounts.views import to_sign_in
from core.media_views import serve_rendition
from core.views import healthz

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("accounts/", include("accounts.urls")),
    # Wagtail's own sign-in forms lead to the one sign-in page (accounts.views.to_sign_in).
    path("admin/login/", to_sign_in, name="admin_login_redirect"),
    # Wagtail's reset form, throttled (accounts.passwords).
    path(
        "admin/password_reset/",
        ThrottledPasswordResetView.as_view(),
        name="wagtailadmin_password_reset",
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("images/<int:image_id>/<str:name>", serve_rendition, name="image_rendition"),
    path("toolkit/", include("toolkit.urls")),
    path("campaigns/", include("campaigns.urls")),
    path("community/", include("cop.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Every reader-facing page lives under its language prefix: /en/, /fr/, /es/, /ar/...
urlpatterns += i18n_patterns(
    path("search/", include("search.urls")),
    path("_util/login/", to_sign_in, name="frontend_login_redirect"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
