"""Wagtail documents and images whose files live in private storage (core.storage).

Stock Wagtail keeps them under MEDIA_ROOT, where whatever serves MEDIA_URL hands them to anyone
who has the address, whatever the page or collection they belong to (wagtail#3880). Here no
file has a public address: documents go through Wagtail's document view (which asks
core.visibility in a `before_serve_document` hook), and a rendition's URL is core.media_views,
which asks core.visibility before streaming it. Originals are never served to readers.

Admin permissions stay on Wagtail's own models (`wagtaildocs.Document`, `wagtailimages.Image`):
Wagtail's permission policies name them whatever the document and image models are.
"""

from __future__ import annotations

import posixpath

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument, Document
from wagtail.images.models import (
    AbstractImage,
    AbstractRendition,
    Image,
    WagtailImageField,
    get_rendition_upload_to,
    get_upload_to,
)

from core.page_cache import generations
from core.storage import get_private_storage

# Where rendition files are kept in the storage (Wagtail's own folder name).
RENDITIONS_FOLDER = "images"


class ProtectedDocument(AbstractDocument):
    """A Wagtail document kept in private storage (WAGTAILDOCS_DOCUMENT_MODEL)."""

    file = models.FileField(
        upload_to="documents", verbose_name=_("file"), storage=get_private_storage
    )

    admin_form_fields = Document.admin_form_fields

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    def cache_generations(self):
        return [generations.PAGES]


class ProtectedImage(AbstractImage):
    """A Wagtail image kept in private storage (WAGTAILIMAGES_IMAGE_MODEL)."""

    file = WagtailImageField(
        verbose_name=_("file"),
        upload_to=get_upload_to,
        width_field="width",
        height_field="height",
        storage=get_private_storage,
    )

    admin_form_fields = Image.admin_form_fields

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")

    def cache_generations(self):
        return [generations.PAGES]


class ProtectedRendition(AbstractRendition):
    """A resized image, in private storage, served by core.media_views."""

    cache_generations = None  # a copy of an image already shown, made on first use

    image = models.ForeignKey(ProtectedImage, related_name="renditions", on_delete=models.CASCADE)
    file = WagtailImageField(
        upload_to=get_rendition_upload_to,
        storage=get_private_storage,
        width_field="width",
        height_field="height",
    )

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)

    @property
    def url(self) -> str:
        # What `{% image %}` puts in `src`: the checking view, never the storage.
        return reverse("image_rendition", args=[self.image_id, posixpath.basename(self.file.name)])

    def get_upload_to(self, filename):
        filename = self.file.field.storage.get_valid_name(filename)
        return posixpath.join(RENDITIONS_FOLDER, filename)
