"""URLs of this app that are not pages (pages are routed by Wagtail)."""

app_name = "cop"
urlpatterns = []
