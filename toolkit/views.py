"""Toolkit files, one by one or as a ZIP bundle, only to readers who may see their resource.

A file's URL carries only a number. Whoever may not see the resource gets the sign-in page
(when not signed in) or a plain 404 that names nothing.
"""

from __future__ import annotations

import logging
import tempfile
import zipfile

from django.contrib.auth.views import redirect_to_login
from django.db import IntegrityError, transaction
from django.db.models import F
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_GET

from accounts import audit
from core.uploads import CONTENT_TYPES, clean_display_name
from core.visibility import can_view_page
from core.visibility.audience import GROUP_PREFIX, page_audience
from toolkit.choices import FilePart, language_choices
from toolkit.models import FileDownloads, ResourceFile, ResourcePage

logger = logging.getLogger(__name__)

# Bundles are built in memory up to this size, then on disk.
BUNDLE_MEMORY_BYTES = 8 * 1024 * 1024


def _deny(request):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    raise Http404


def _private(response):
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response


def count_download(name: str) -> None:
    """Add one to a file's download count, atomically and without recording who."""
    if FileDownloads.objects.filter(name=name).update(count=F("count") + 1):
        return
    try:
        with transaction.atomic():
            FileDownloads.objects.create(name=name, count=1)
    except IntegrityError:
        # Another request created the row first.
        FileDownloads.objects.filter(name=name).update(count=F("count") + 1)


@require_GET
def download_file(request, pk: int):
    item = ResourceFile.objects.select_related("page").filter(pk=pk).first()
    if item is None:
        raise Http404
    if not can_view_page(request, item.page):
        return _deny(request)
    try:
        handle = item.file.open("rb")
    except FileNotFoundError:
        logger.error("Toolkit file %s is missing from private storage", item.pk)
        raise Http404 from None
    count_download(item.file.name)
    if page_audience(item.page).startswith(GROUP_PREFIX):
        # Counted in the security audit log too, without who downloaded it.
        audit.record(audit.FOCAL_POINT_DOWNLOAD, target=f"toolkit-file:{item.pk}", downloads=1)
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=clean_display_name(item.display_name),
        content_type=CONTENT_TYPES.get(item.kind, "application/octet-stream"),
    )
    return _private(response)


@require_GET
def download_bundle(request, pk: int):
    """All files of a resource in one language (?language=ar), as one ZIP built now."""
    resource = get_object_or_404(ResourcePage, pk=pk)
    if not can_view_page(request, resource):
        return _deny(request)
    language = request.GET.get("language", "")
    if language not in dict(language_choices()):
        raise Http404
    files = list(resource.files.filter(language=language).order_by("sort_order", "pk"))
    if not files:
        raise Http404
    # FileResponse closes it when the response is done.
    archive_file = tempfile.SpooledTemporaryFile(max_size=BUNDLE_MEMORY_BYTES)  # noqa: SIM115
    used = set()
    with zipfile.ZipFile(archive_file, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for number, item in enumerate(files, start=1):
            member = _member_name(number, item, used)
            try:
                with item.file.open("rb") as source, archive.open(member, "w") as target:
                    for chunk in iter(lambda s=source: s.read(64 * 1024), b""):
                        target.write(chunk)
            except FileNotFoundError:
                logger.error("Toolkit file %s is missing from private storage", item.pk)
                raise Http404 from None
    for item in files:
        count_download(item.file.name)
    archive_file.seek(0)
    filename = clean_display_name(f"{resource.slug}-{language}.zip")
    response = FileResponse(
        archive_file, as_attachment=True, filename=filename, content_type="application/zip"
    )
    return _private(response)


def _member_name(number: int, item: ResourceFile, used: set) -> str:
    part = FilePart(item.part).label if item.part in FilePart.values else ""
    base = clean_display_name(f"{number:02d} {part} - {item.display_name}")
    name, suffix = base, 2
    while name in used:
        name = f"{suffix}-{base}"
        suffix += 1
    used.add(name)
    return name
