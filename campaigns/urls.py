"""URLs of this app that are not pages (pages are routed by Wagtail)."""

from django.urls import path

from campaigns import views

app_name = "campaigns"
urlpatterns = [
    path("calendar/<str:token>.ics", views.calendar_feed, name="calendar_feed"),
]
