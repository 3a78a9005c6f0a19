"""What every community view shares: the membership check, URLs under the page, rendering."""

from django.core.paginator import InvalidPage, Paginator
from django.http import Http404, HttpResponseNotAllowed
from django.template.response import TemplateResponse

from cop import personal
from cop.models.forum import Status
from core.page_cache import fragments
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
    context["new_notifications"] = personal.new_notifications(request.user)
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


def shareable(request, items) -> bool:
    """Whether a list may be kept for others of this reader's audience: not when it shows a
    member's own held or hidden posts or topics, which are theirs alone (the reader key already
    tells such members apart; this checks what was actually found)."""
    moderator = community.is_moderator(request.user)
    return moderator or all(item.status == Status.PUBLISHED for item in items)


def shared_page(request, name, parts, names, items, per_page, complete=None):
    """paginate(), with the page's items kept as a shared fragment (core.page_cache.fragments)
    for everyone of this reader's audience, while the generations `names` are current.
    `complete(items)` adds what the page shows of them beyond their rows."""

    def compute():
        page = fragments.detached(paginate(request, items, per_page))
        if complete is not None:
            complete(page.object_list)
        return page

    return fragments.shared(
        request,
        name,
        [*parts, request.GET.get("page", "1")],
        names,
        compute,
        keep=lambda page: shareable(request, page.object_list),
    )
