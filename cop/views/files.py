"""Attachment downloads: only for members who may see the post the file belongs to."""

from django.contrib.auth.views import redirect_to_login
from django.http import FileResponse, Http404
from django.views.decorators.http import require_GET

from cop.models import Attachment
from core.visibility import community


@require_GET
def download(request, attachment_id):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    attachment = Attachment.objects.select_related("post__topic").filter(pk=attachment_id).first()
    if attachment is None or not community.can_view_attachment(request.user, attachment):
        raise Http404
    response = FileResponse(
        attachment.file.open("rb"),
        as_attachment=True,
        filename=attachment.display_name,
        content_type=attachment.content_type,
    )
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response
