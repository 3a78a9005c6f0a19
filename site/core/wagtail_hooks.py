from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ImproperlyConfigured
from django.http import Http404
from django.urls import path, reverse
from django.utils.cache import add_never_cache_headers
from wagtail import hooks
from wagtail.forms import PasswordViewRestrictionForm
from wagtail.models import PageViewRestriction
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core import admin_reach, visibility
from core.snippets import ContactChannel, GlossaryTerm, Office


@hooks.register("before_serve_page", order=-100)
def enforce_visibility(page, request, serve_args, serve_kwargs):
    """Serve a page only to readers the visibility module allows. This is the only check:
    Wagtail's own (which reads the page's restrictions again) is taken out at startup."""
    if visibility.is_expired(page):
        raise Http404
    restriction = visibility.page_denial(request, page)
    if restriction is None:
        return None
    own = page.path.startswith(restriction.path)
    if own and restriction.restriction_type == PageViewRestriction.PASSWORD:
        return password_form(page, request, restriction.id)
    if not request.user.is_authenticated and restriction.restriction_type in (
        PageViewRestriction.LOGIN,
        PageViewRestriction.GROUPS,
    ):
        return redirect_to_login(request.get_full_path())
    # Signed in but not allowed: answer as if the page did not exist, so nothing leaks.
    raise Http404


def password_form(page, request, restriction_id: int):
    """The form asking for a page's password, as Wagtail's own view check shows it."""
    form = PasswordViewRestrictionForm(
        instance=PageViewRestriction.objects.get(pk=restriction_id),
        initial={"return_url": request.get_full_path()},
    )
    action = reverse("wagtailcore_authenticate_with_password", args=[restriction_id, page.pk])
    response = page.serve_password_required_response(request, form, action)
    add_never_cache_headers(response)
    return response


def take_over_wagtail_view_check() -> None:
    """Remove Wagtail's own on_serve_page view check: enforce_visibility above already ran
    the same rule (and more) from the restrictions it read once per request. Fails loudly at
    startup if Wagtail no longer registers the check this way."""
    from wagtail import wagtail_hooks

    registered = hooks._hooks["on_serve_page"]
    theirs = [entry for entry in registered if entry[0] is wagtail_hooks.check_view_restrictions]
    if len(theirs) != 1:
        raise ImproperlyConfigured("Wagtail's view-restriction hook was not found to replace.")
    registered.remove(theirs[0])


@hooks.register("construct_page_chooser_queryset")
def chooser_within_reach(pages, request):
    return admin_reach.chooser_pages(pages, request)


@hooks.register("register_admin_urls", order=-100)
def translations_report_within_reach():
    """Placed before wagtail-localize's own URLs, so its report and results paths come here."""
    report = admin_reach.ReachableTranslationsReportView
    return [
        path(
            "localize/reports/translations/",
            report.as_view(),
            name="translations_report_within_reach",
        ),
        path(
            "localize/reports/translations/results/",
            report.as_view(results_only=True),
            name="translations_report_results_within_reach",
        ),
    ]


@hooks.register("before_serve_document", order=100)
def enforce_document_visibility(document, request):
    """Serve a document only to readers the visibility module allows (after Wagtail's own
    collection check, which may first ask for a collection's password)."""
    if visibility.can_view_file(request, document):
        return None
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
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
