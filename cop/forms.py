"""Forms of the community. Texts that are too long or empty get a plain message and are kept."""

import uuid

from django import forms
from django.utils.translation import gettext_lazy as _

from cop import attachments
from cop.models import Category, Flag, MemberProfile
from cop.models.members import LANGUAGES, REGIONS, ROLES
from cop.models.notifications import Level

MAX_POST_LENGTH = 20_000
TOPIC_CODES = ("en", "fr", "es", "ar")
TOPIC_LANGUAGES = [(code, name) for code, name in LANGUAGES if code in TOPIC_CODES]


class PostForm(forms.Form):
    source = forms.CharField(
        label=_("Your message"),
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_(
            "Markdown works: **bold**, *italic*, > quote, - list, [link](https://...). "
            "Write @username to mention a member."
        ),
        error_messages={"required": _("Write something before you post.")},
    )
    attachment = forms.FileField(
        label=_("Attach a file (optional)"),
        required=False,
        help_text=_(
            "PDF, Word, PowerPoint, PNG, JPEG or plain text, up to 10 MB. Hidden details such "
            "as the author or the place a photo was taken are removed."
        ),
    )
    # One key per rendered form: the same form sent twice makes one post.
    submission_key = forms.UUIDField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial.setdefault("submission_key", uuid.uuid4())

    def clean_source(self):
        source = self.cleaned_data["source"]
        if len(source) > MAX_POST_LENGTH:
            raise forms.ValidationError(
                _(
                    "Your message is too long: %(length)s characters, and the limit is "
                    "%(limit)s. Your text is still below; shorten it or split it into two posts."
                ),
                params={"length": f"{len(source):,}", "limit": f"{MAX_POST_LENGTH:,}"},
            )
        return source

    def clean_attachment(self):
        """A checked upload and its cleaned bytes, or None."""
        uploaded = self.cleaned_data.get("attachment")
        if not uploaded:
            return None
        clean = attachments.validate(uploaded)
        return clean, attachments.strip_metadata(clean)


class EditForm(PostForm):
    """Edits change the text; files stay as they were posted."""

    attachment = None


class TopicForm(PostForm):
    title = forms.CharField(
        label=_("Title"),
        max_length=200,
        error_messages={"required": _("Give your topic a title.")},
    )
    is_question = forms.BooleanField(
        label=_("This is a question (you can accept the answer that helped)"), required=False
    )
    language = forms.ChoiceField(label=_("Language you write in"), choices=TOPIC_LANGUAGES)

    field_order = ["title", "source", "is_question", "language", "attachment", "submission_key"]


class EditTopicForm(TopicForm):
    attachment = None


class FlagForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("Why are you reporting this post?"),
        choices=Flag.Reason.choices,
        widget=forms.RadioSelect,
    )
    note = forms.CharField(
        label=_("Anything the moderators should know (optional, no names)"),
        max_length=500,
        required=False,
    )


class FollowForm(forms.Form):
    level = forms.ChoiceField(
        label=_("Notifications"),
        choices=[("", _("Default"))] + list(Level.choices),
        required=False,
    )


class MoveForm(forms.Form):
    category = forms.ModelChoiceField(label=_("Move to"), queryset=Category.objects.all())
    note = forms.CharField(label=_("Note for the log"), max_length=300, required=False)


class ModerationForm(forms.Form):
    note = forms.CharField(label=_("Note for the log (no names)"), max_length=300, required=False)


class ProfileForm(forms.ModelForm):
    languages = forms.MultipleChoiceField(
        label=_("Languages you work in"),
        choices=LANGUAGES,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    class Meta:
        model = MemberProfile
        # `languages` is a declared field stored by save(), so it is not listed here.
        fields = ["display_name", "office", "region", "role", "expertise"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.initial["languages"] = self.instance.language_codes

    def save(self, commit=True):
        self.instance.language_codes = self.cleaned_data["languages"]
        return super().save(commit)


class SettingsForm(forms.ModelForm):
    class Meta:
        model = MemberProfile
        fields = ["email_mode", "content_free_email"]
        widgets = {"email_mode": forms.RadioSelect}


class DirectoryFilter(forms.Form):
    q = forms.CharField(label=_("Name, office or expertise"), max_length=100, required=False)
    region = forms.ChoiceField(
        label=_("Region"), choices=[("", _("Any region"))] + REGIONS, required=False
    )
    role = forms.ChoiceField(label=_("Role"), choices=[("", _("Any role"))] + ROLES, required=False)
    language = forms.ChoiceField(
        label=_("Language"), choices=[("", _("Any language"))] + LANGUAGES, required=False
    )
