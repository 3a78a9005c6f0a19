"""The resource library: a toolkit index (one per access level) holding resource pages, each with
its files.

Access levels are places, not fields: the main toolkit index is restricted to signed-in people
and the "Focal point kit" index (inside it) to focal points and moderators, one view restriction
each. A resource gets its level from where it lives, and its files from the resource.

Counters and extracted text live beside the files, keyed by the stored file name, not on the
file rows: file rows are part of page revisions, and publishing an old revision must not wind a
download count back or wipe extracted text.
"""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.images import get_image_model_string
from wagtail.models import Orderable
from wagtail.search import index

from core.blocks import BodyBlock
from core.models import BasePage
from core.page_cache import generations
from core.storage import get_private_storage
from core.uploads import DOCUMENT_KINDS, IMAGE_KINDS, validate_upload
from toolkit.admin_widgets import ResourceFileInput
from toolkit.blocks import IndicatorBlock
from toolkit.choices import AUDIENCES, FilePart, ResourceType, Topic, language_choices

# A resource counts as new, or updated, for this many days.
BADGE_DAYS = 30
TOOLKIT_UPLOAD_KINDS = DOCUMENT_KINDS | IMAGE_KINDS


def max_upload_bytes() -> int:
    return settings.TOOLKIT_MAX_UPLOAD_BYTES


class Region(models.Model):
    """A region or office a resource applies to (shown and filtered in the listing)."""

    name = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(max_length=100, unique=True)

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def cache_generations(self):
        return [generations.PAGES]


class ResourcePageTag(TaggedItemBase):
    content_object = ParentalKey(
        "toolkit.ResourcePage", related_name="tagged_items", on_delete=models.CASCADE
    )

    def cache_generations(self):
        return [generations.PAGES]


class ResourcePage(BasePage):
    """One tool: a template, a training package, a guidance note, a scenario, a poster, a video
    link or a checklist, with its files."""

    summary = models.CharField(
        max_length=300, help_text="One sentence shown in listings and under the title."
    )
    resource_type = models.CharField(max_length=30, choices=ResourceType.choices)
    topic = models.CharField(max_length=10, choices=Topic.choices)
    for_focal_points = models.BooleanField(_("focal points"), default=False)
    for_managers = models.BooleanField(_("managers"), default=False)
    for_all_personnel = models.BooleanField(_("all personnel"), default=False)
    for_partners = models.BooleanField(_("implementing partners"), default=False)
    regions = ParentalManyToManyField(
        Region, blank=True, help_text="Leave empty when it applies everywhere."
    )
    year = models.PositiveSmallIntegerField()
    owning_unit = models.CharField(
        max_length=120, help_text="The author or owning unit, for example 'Ethics Office'."
    )
    content_owner = models.CharField(
        max_length=120, help_text="The role that keeps it current, for example 'PSEA coordinator'."
    )
    last_reviewed = models.DateField()
    next_review = models.DateField()
    video_url = models.URLField(blank=True, help_text="For video links: where the video is.")
    cover = models.ForeignKey(
        get_image_model_string(),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="A picture of the resource (a poster's front, a guide's cover). Its "
        "description is the text screen readers read.",
    )
    body = StreamField(BodyBlock(), blank=True, use_json_field=True)
    indicators = StreamField(
        [("indicator", IndicatorBlock())],
        blank=True,
        use_json_field=True,
        help_text="For action plan templates: the indicators an office reports on.",
    )
    tags = ClusterTaggableManager(through=ResourcePageTag, blank=True)

    content_panels = BasePage.content_panels + [
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("resource_type"), FieldPanel("topic"), FieldPanel("year")]),
        MultiFieldPanel(
            [FieldPanel(field) for field, _label in AUDIENCES.values()], heading="Audiences"
        ),
        FieldPanel("regions"),
        FieldPanel("tags"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("owning_unit"), FieldPanel("content_owner")]),
                FieldRowPanel([FieldPanel("last_reviewed"), FieldPanel("next_review")]),
            ],
            heading="Ownership and review",
        ),
        FieldPanel("cover"),
        FieldPanel("body"),
        FieldPanel("video_url"),
        FieldPanel("indicators"),
        InlinePanel("files", heading="Files", label="File"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("resource_type"),
        index.FilterField("topic"),
    ]

    parent_page_types = ["toolkit.ToolkitIndexPage"]
    subpage_types = []

    def clean(self):
        super().clean()
        if self.next_review and self.last_reviewed and self.next_review < self.last_reviewed:
            raise ValidationError(
                {"next_review": _("The next review must come after the last review.")}
            )

    def save_revision(self, *args, **kwargs):
        # Inline file uploads live only in memory until the page row is saved, which editing
        # a live page never does; store them now, so the revision points at real files.
        for item in self.files.all():
            item.commit_upload()
        return super().save_revision(*args, **kwargs)

    @property
    def audiences(self) -> list[str]:
        return [str(label) for field, label in AUDIENCES.values() if getattr(self, field)]

    @property
    def is_new(self) -> bool:
        first = self.first_published_at
        return first is not None and first >= timezone.now() - timedelta(days=BADGE_DAYS)

    @property
    def is_updated(self) -> bool:
        first, last = self.first_published_at, self.last_published_at
        if self.is_new or first is None or last is None:
            return False
        return last >= timezone.now() - timedelta(days=BADGE_DAYS) and last - first > timedelta(
            days=1
        )

    @property
    def is_past_review(self) -> bool:
        return self.next_review < timezone.localdate()

    def search_extra_text(self) -> str:
        """The text inside this resource's files, for the site search (search.providers)."""
        names = [resource_file.file.name for resource_file in self.files.all()]
        texts = FileText.objects.filter(name__in=names).values_list("text", flat=True)
        return " ".join(texts)

    def get_context(self, request, *args, **kwargs):
        from toolkit.presenting import resource_context

        context = super().get_context(request, *args, **kwargs)
        context.update(resource_context(request, self, context["translations"]))
        return context


class ResourceFile(Orderable):
    """A file of a resource, in one language. Served only by toolkit.views, which asks
    core.visibility about the page first."""

    page = ParentalKey(ResourcePage, related_name="files", on_delete=models.CASCADE)
    file = models.FileField(
        storage=get_private_storage,
        upload_to="toolkit/",
        max_length=200,
        help_text="PDF, Word, PowerPoint, Excel, plain text, PNG or JPEG.",
    )
    part = models.CharField(max_length=30, choices=FilePart.choices, default=FilePart.DOCUMENT)
    language = models.CharField(max_length=10, choices=language_choices, default="en")
    # Set from the checked upload, never typed.
    display_name = models.CharField(max_length=200, editable=False)
    kind = models.CharField(_("format"), max_length=10, editable=False)
    size = models.PositiveBigIntegerField(default=0, editable=False)

    panels = [
        FieldPanel("file", widget=ResourceFileInput),
        FieldRowPanel([FieldPanel("part"), FieldPanel("language")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "file"

    def __str__(self):
        return self.display_name

    def clean(self):
        super().clean()
        if self.file and not getattr(self.file, "_committed", True):
            try:
                upload = validate_upload(self.file.file, TOOLKIT_UPLOAD_KINDS, max_upload_bytes())
            except ValidationError as error:
                raise ValidationError({"file": error.messages}) from None
            self.take_upload(upload)

    def take_upload(self, upload) -> None:
        """Adopt a checked upload (core.uploads.CleanUpload): generated name, cleaned name."""
        self.file.name = upload.stored_name
        self.display_name = upload.display_name
        self.kind = upload.kind
        self.size = upload.size

    def commit_upload(self) -> None:
        if self.file and not getattr(self.file, "_committed", True):
            self.file.save(self.file.name, self.file.file, save=False)

    @cached_property
    def extracted_text(self) -> str:
        """The text inside the file, for the search index ("" until extracted or on failure)."""
        found = FileText.objects.filter(name=self.file.name).values_list("text", flat=True)
        return next(iter(found), "")

    def cache_generations(self):
        return [generations.PAGES]


class FileText(models.Model):
    """Text extracted from a stored file by a background task (see toolkit.extraction)."""

    cache_generations = None  # feeds search entries, which declare their own

    class Status(models.TextChoices):
        DONE = "done", _("Extracted")
        FAILED = "failed", _("Failed")
        SKIPPED = "skipped", _("Skipped (too large or no text)")

    name = models.CharField(max_length=200, unique=True)
    status = models.CharField(max_length=10, choices=Status.choices)
    text = models.TextField(blank=True)
    note = models.CharField(max_length=300, blank=True)
    extracted_at = models.DateTimeField(auto_now=True)

    def __str__(self):
        return f"{self.name} ({self.status})"


class FileDownloads(models.Model):
    """How many times a stored file was downloaded. Who downloaded it is never recorded."""

    cache_generations = None  # counts for editors

    name = models.CharField(max_length=200, unique=True)
    count = models.PositiveBigIntegerField(default=0)

    class Meta:
        verbose_name_plural = "file downloads"

    def __str__(self):
        return f"{self.name}: {self.count}"
