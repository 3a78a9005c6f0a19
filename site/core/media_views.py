"""Image renditions, streamed from private storage to readers core.visibility allows.

What `{% image %}` puts in a page is this view's address (core.media.ProtectedRendition.url),
so templates work unchanged and a rendition is never served without the check.
"""

from __future__ import annotations

import logging
import mimetypes

from django.conf import settings
from django.http import FileResponse, Http404
from django.views.decorators.http import require_GET
from wagtail.images import get_image_model

from core.media import RENDITIONS_FOLDER
from core.visibility import can_view_file

logger = logging.getLogger(__name__)

# A public image may sit in a browser or a shared cache this long after its page turns private.
PUBLIC_MAX_AGE = 3600


@require_GET
def serve_rendition(request, image_id: int, name: str):
    rendition_model = get_image_model().get_rendition_model()
    rendition = (
        rendition_model.objects.select_related("image__collection")
        .filter(image_id=image_id, file=f"{RENDITIONS_FOLDER}/{name}")
        .first()
    )
    # Not allowed answers as not found, to everyone: an image address names nothing.
    if rendition is None or not can_view_file(request, rendition.image):
        raise Http404
    try:
        handle = rendition.file.open("rb")
    except FileNotFoundError:
        logger.error("Rendition %s is missing from private storage", rendition.pk)
        raise Http404 from None
    content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    response = FileResponse(handle, content_type=content_type)
    if _seen_as_anyone(request):
        response["Cache-Control"] = f"public, max-age={PUBLIC_MAX_AGE}"
    else:
        response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response


def _seen_as_anyone(request) -> bool:
    """No sign-in and no session (so no page or collection password passed): what this reader
    may have, everyone may have."""
    return not request.user.is_authenticated and settings.SESSION_COOKIE_NAME not in request.COOKIES
