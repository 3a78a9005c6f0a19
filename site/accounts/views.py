from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render, resolve_url
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods
from django_otp import login as otp_login

from accounts import audit, two_factor
from accounts.forms import ConfirmDeviceForm, SignInForm

LOCKED_OUT_STATUS = 429


class SignInView(auth_views.LoginView):
    """The one sign-in page, for readers and for the Wagtail admin (/admin/login/ comes here)."""

    form_class = SignInForm
    template_name = "accounts/login.html"
    redirect_authenticated_user = True

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["oidc_enabled"] = settings.OIDC_ENABLED
        return context


@method_decorator(never_cache, name="dispatch")
class SignOutView(auth_views.LogoutView):
    """Sign out by POST only (a link or an image cannot sign anyone out)."""

    http_method_names = ["post", "options"]


STAFF_ONLY_STATUS = 403


def to_sign_in(request):
    """Wagtail's own sign-in forms (the admin's, the front end's for private pages) lead to the
    one sign-in page, which asks for the second factor.

    A person already signed in arrives here only when the admin refused them: sending them to
    sign in again would loop (sign-in page -> admin -> here), so they are told what this is.
    """
    if request.user.is_authenticated and request.path.startswith("/admin/"):
        return render(request, "accounts/staff_only.html", status=STAFF_ONLY_STATUS)
    target = resolve_url(settings.LOGIN_URL)
    query = request.META.get("QUERY_STRING", "")
    return redirect(f"{target}?{query}" if query else target)


def locked_out(request, credentials, *args, **kwargs):
    """django-axes' answer after four failures for one username from one address.

    Says the same whether or not the account exists, and names no account.
    """
    form = SignInForm(request, data=None)
    return render(
        request,
        "accounts/login.html",
        {
            "form": form,
            "locked_out": True,
            "cooloff_minutes": int(settings.AXES_COOLOFF_TIME.total_seconds() // 60),
            "oidc_enabled": settings.OIDC_ENABLED,
        },
        status=LOCKED_OUT_STATUS,
    )


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def two_factor_setup(request):
    """Turn the authenticator-app code on or off (editors, translators, comms, moderators)."""
    if not two_factor.is_eligible(request.user):
        raise Http404
    confirmed = two_factor.confirmed_device(request.user)
    if confirmed:
        return _turn_off(request, confirmed)
    device = two_factor.pending_device(request.user)
    form = ConfirmDeviceForm(request.POST or None, device=device)
    if request.method == "POST" and form.is_valid():
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        otp_login(request, device)
        return _changed(
            request,
            audit.TWO_FACTOR_ENABLED,
            _("Done: you will be asked for a code at every sign-in."),
        )
    return render(
        request,
        "accounts/two_factor.html",
        {
            "form": form,
            "qr_svg": two_factor.qr_code_svg(device),
            "secret": two_factor.manual_key(device),
        },
    )


def _turn_off(request, device):
    """Turning the code off asks for a current code: a session left open is not enough."""
    form = ConfirmDeviceForm(request.POST or None, device=device)
    if request.method == "POST" and form.is_valid():
        device.delete()
        return _changed(
            request, audit.TWO_FACTOR_DISABLED, _("The authenticator code is turned off.")
        )
    return render(request, "accounts/two_factor.html", {"confirmed": True, "form": form})


def _changed(request, event, message):
    """Audit a change to the person's own second factor, tell them, show the page again."""
    audit.record(
        event,
        actor=request.user,
        target=f"user:{request.user.pk}",
        ip_address=audit.client_ip(request),
    )
    messages.success(request, message)
    return redirect("accounts:two_factor")
