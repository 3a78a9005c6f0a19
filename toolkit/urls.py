"""URLs of this app that are not pages (pages are routed by Wagtail): file downloads."""

from django.urls import path

from toolkit import views

app_name = "toolkit"
urlpatterns = [
    path("files/<int:pk>/", views.download_file, name="file"),
    path("bundles/<int:pk>/", views.download_bundle, name="bundle"),
]
