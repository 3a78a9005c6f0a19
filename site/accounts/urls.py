from django.urls import include, path

from accounts import views

app_name = "accounts"

urlpatterns = [
    path("login/", views.SignInView.as_view(), name="login"),
    path("logout/", views.SignOutView.as_view(), name="logout"),
    path("two-factor/", views.two_factor_setup, name="two_factor"),
    # Single sign-on: the views answer 404 unless OIDC_RP_CLIENT_ID is configured.
    path("oidc/", include("mozilla_django_oidc.urls")),
]
