"""Language-neutral links (/community/go/...) that lead a member to the community page in their
language. Others are sent to sign in, or told nothing exists."""

from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import get_language
from django.views.decorators.http import require_GET

from cop.models import CommunityPage
from core.visibility import community


def community_page(language_code: str | None = None) -> CommunityPage:
    """The live community page in this language, or the English one."""
    pages = CommunityPage.objects.live().select_related("locale")
    by_language = {page.locale.language_code: page for page in pages}
    page = by_language.get(language_code or get_language()) or by_language.get("en")
    if page is None:
        raise Http404
    return page


@require_GET
def go(request, route, **ids):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not community.is_member(request.user):
        raise Http404
    page = community_page()
    return redirect(page.get_url(request) + page.reverse_subpage(route, kwargs=ids or None))
