"""Private storage: files that only permission-checking views may serve.

Toolkit files, forum attachments, Wagtail documents, images and image renditions live here,
outside MEDIA_ROOT, so no web server or `static()` route can hand them out. The storage has no
URL on purpose: a view loads the object the file belongs to, asks core.visibility, then streams
the bytes.
"""

from __future__ import annotations

import os

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.utils.deconstruct import deconstructible


@deconstructible
class PrivateStorage(FileSystemStorage):
    """FileSystemStorage rooted at settings.PRIVATE_MEDIA_ROOT, with no public URL."""

    def __init__(self):
        super().__init__(base_url=None)

    # Read the setting on every use (not once at import), so tests and deployments that
    # change PRIVATE_MEDIA_ROOT are honoured and migrations never record a local path.
    @property
    def base_location(self):
        return settings.PRIVATE_MEDIA_ROOT

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    def url(self, name):
        # NotImplementedError is how a storage says "no URL" (Wagtail's document view then
        # streams the file itself).
        raise NotImplementedError(
            "Private files have no public URL; serve them through a view that checks "
            "core.visibility."
        )


private_storage = PrivateStorage()


def get_private_storage() -> PrivateStorage:
    """Storage callable for FileField(storage=...): keeps migrations free of settings."""
    return private_storage
