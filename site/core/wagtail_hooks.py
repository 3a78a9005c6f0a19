from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from wagtail import hooks
from wagtail.models import PageViewRestriction
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core import visibility
from core.snippets import ContactChannel, GlossaryTerm, Office


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


class ContactChannelViewSet(SnippetViewSet):
    model = ContactChannel
    icon = "mail"
    menu_label = "Reporting channels"
    list_display = ["name", "kind", "formality", "accepts_anonymous", "office"]
    list_filter = ["kind", "formality", "accepts_anonymous"]
    search_fields = ["name", "summary"]


class OfficeViewSet(SnippetViewSet):
    model = Office
    icon = "site"
    list_display = ["name", "kind", "region"]
    list_filter = ["kind"]


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "doc-full"
    list_display = ["term", "key"]
    search_fields = ["term", "definition"]


class WhereToGoData(SnippetViewSetGroup):
    items = (ContactChannelViewSet, OfficeViewSet, GlossaryTermViewSet)
    menu_icon = "help"
    menu_label = "Where to go"
    menu_name = "where-to-go"


register_snippet(WhereToGoData)
