"""What every community view shares: the membership check, URLs under the page, rendering."""

from django.core.paginator import InvalidPage, Paginator
from django.http import Http404, HttpResponseNotAllowed
from django.template.response import TemplateResponse

from core.visibility import community

POSTS_PER_PAGE = 20
TOPICS_PER_PAGE = 30


def require_member(request) -> None:
    """The page restriction already keeps others out; this guards every view a second time."""
    if not community.is_member(request.user):
        raise Http404


def require_moderator(request) -> None:
    if not community.is_moderator(request.user):
        raise Http404


def require_post(request):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    return None


def url(page, request, name, *args) -> str:
    return page.get_url(request) + page.reverse_subpage(name, args=args or None)


def render(page, request, template, context=None, status=200) -> TemplateResponse:
    context = dict(context or {})
    context["base"] = page.get_url(request)
    context["is_moderator"] = community.is_moderator(request.user)
    response = page.render(request, template=template, context_overrides=context)
    response.status_code = status
    return response


def paginate(request, items, per_page):
    """The page of `items` that ?page= names: a number or "last" (anything else is the first
    page). A number past the end is a 404."""
    paginator = Paginator(items, per_page)
    number = request.GET.get("page", "1")
    if number == "last":
        number = paginator.num_pages
    elif not number.isdecimal():
        number = 1
    try:
        return paginator.page(number)
    except InvalidPage as error:
        raise Http404 from error
