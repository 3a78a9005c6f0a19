from django import forms
from django.contrib.auth import authenticate
from django.contrib.auth.forms import AuthenticationForm
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
        # As AuthenticationForm.clean, with the code passed on: accounts.backends refuses a
        # person with an authenticator app whose code is missing or wrong (a failed sign-in for
        # throttling and the audit log, with the same message as a wrong password).
        username = self.cleaned_data.get("username")
        password = self.cleaned_data.get("password")
        if username is not None and password:
            self.user_cache = authenticate(
                self.request,
                username=username,
                password=password,
                otp_code=self.cleaned_data.get("otp_code", ""),
            )
            if self.user_cache is None:
                raise self.get_invalid_login_error()
            self.confirm_login_allowed(self.user_cache)
        return self.cleaned_data


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
