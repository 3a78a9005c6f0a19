from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from wagtail import hooks
from wagtail.models import PageViewRestriction

from core import visibility


@hooks.register("before_serve_page", order=-100)
def enforce_visibility(page, request, serve_args, serve_kwargs):
    """Serve a page only to readers the visibility module allows."""
    if visibility.is_expired(page):
        raise Http404
    restriction = visibility.page_denial(request, page)
    if restriction is None:
        return None
    own = page.path.startswith(restriction.page.path)
    if own and restriction.restriction_type == PageViewRestriction.PASSWORD:
        return None  # Wagtail's own hook shows the password form.
    if not request.user.is_authenticated and restriction.restriction_type in (
        PageViewRestriction.LOGIN,
        PageViewRestriction.GROUPS,
    ):
        return redirect_to_login(request.get_full_path())
    # Signed in but not allowed: answer as if the page did not exist, so nothing leaks.
    raise Http404
