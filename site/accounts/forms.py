from django import forms
from django.contrib.auth.forms import AuthenticationForm
from django.contrib.auth.signals import user_login_failed
from django.core.validators import MaxLengthValidator
from django.utils.translation import gettext_lazy as _

from accounts import two_factor


class SignInForm(AuthenticationForm):
    """Username and password, plus the authenticator code for people who turned it on.

    Every failure gives the same message, whether or not the account exists.
    """

    otp_code = forms.CharField(
        label=_("Code from your authenticator app (if you set one up)"),
        required=False,
        max_length=12,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )

    error_messages = {
        **AuthenticationForm.error_messages,
        "invalid_login": _(
            "The username, password or code is not right. Check them and try again."
        ),
    }

    def __init__(self, request=None, *args, **kwargs):
        super().__init__(request, *args, **kwargs)
        # Limits as validators (setting max_length after the field exists adds none), so an
        # absurd value is refused by the form before it reaches authentication and the
        # throttling log, whose columns are bounded.
        for name, limit in (("username", 150), ("password", 256)):
            self.fields[name].max_length = limit
            self.fields[name].widget.attrs["maxlength"] = limit
            self.fields[name].validators.append(MaxLengthValidator(limit))

    def clean(self):
        cleaned = super().clean()
        user = self.get_user()
        if user is None:
            return cleaned
        device = two_factor.confirmed_device(user)
        if device is not None and not two_factor.verify(device, cleaned.get("otp_code", "")):
            # Counts as a failed sign-in for throttling (django-axes) and the audit log.
            user_login_failed.send(
                sender=__name__,
                credentials={"username": cleaned.get("username", "")},
                request=self.request,
            )
            self.user_cache = None
            raise self.get_invalid_login_error()
        self.otp_device = device
        return cleaned


class ConfirmDeviceForm(forms.Form):
    code = forms.CharField(
        label=_("The six-digit code your app shows now"),
        max_length=12,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )

    def __init__(self, *args, device=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.device = device

    def clean_code(self):
        code = self.cleaned_data["code"]
        if not two_factor.verify(self.device, code):
            raise forms.ValidationError(
                _("That code is not right. Check the time on your phone and try the new code.")
            )
        return code
