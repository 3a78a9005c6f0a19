"""The site menu and the breadcrumbs: where a reader can go, as the visibility rules allow.

The menu lists the sections of the reader's language (the children of its home page of the
types apps register with register_section: core imports no app) that this reader may read, beside
the links everyone has (home, get help, search) and the admin for people allowed into it. It
costs a fixed number of queries, whatever the number of pages, and is worked out once per
request.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Page, Site

from core import visibility
from core.models import SiteChrome
from core.visibility.pages import READABLE_FIELDS

# Page type label -> place in the menu (lowest first), as apps registered them.
_section_types: dict[str, int] = {}
ADMIN_PERMISSION = "wagtailadmin.access_admin"
_FRAME_ATTR = "_navigation_frame"
_LINK_FIELDS = (*READABLE_FIELDS, "title", "depth", "url_path", "content_type_id")


def register_section(model_label: str, order: int) -> None:
    """Put the pages of this type that sit right under a home page in the menu, at `order`
    among the sections (lowest first). Called from the owning app's AppConfig.ready()."""
    _section_types[model_label.lower()] = order


def _section_labels() -> list[str]:
    return sorted(_section_types, key=_section_types.__getitem__)


@dataclass(frozen=True)
class MenuItem:
    label: str
    url: str
    current: str = ""  # the aria-current value: "page", "true" (within the section) or none


def _site_root(request) -> Page | None:
    """The site's root page: every language's home page is one of its translations."""
    site = Site.find_for_request(request)
    return site.root_page if site is not None else None


@dataclass(frozen=True)
class Frame:
    """What the page frame shows around every page, read together once per request."""

    sections: dict[str, Page]  # this language's sections, by lower-case model label
    help_url: str
    homes: dict[str, str]  # language code -> URL of that language's home page


def frame(request) -> Frame:
    """The reader's sections, 'Get help' page and language home pages: two queries (three when
    the reader fails a view restriction), whatever the number of pages and languages."""
    if hasattr(request, _FRAME_ATTR):
        return getattr(request, _FRAME_ATTR)
    root = _site_root(request)
    help_id, help_key = SiteChrome.objects.values_list(
        "help_page_id", "help_page__translation_key"
    ).first() or (None, None)
    models = [apps.get_model(label) for label in _section_labels()]
    types = ContentType.objects.get_for_models(*models, for_concrete_models=False)
    label_of = {content_type.pk: model._meta.label_lower for model, content_type in types.items()}
    language = get_language()
    pages = []
    if root is not None:
        wanted = Q(translation_key=root.translation_key)
        if label_of:
            wanted |= Q(
                depth=root.depth + 1,
                content_type_id__in=label_of,
                locale__language_code=language,
            )
        if help_key is not None:
            wanted |= Q(translation_key=help_key)
        pages = visibility.readable(
            request,
            list(
                Page.objects.filter(wanted)
                .select_related("locale")
                .only(*_LINK_FIELDS, "locale__language_code")
                .order_by("path")
            ),
        )
    first_of_type, homes, helps = {}, {}, []
    for page in pages:
        if page.translation_key == root.translation_key:
            homes[page.locale.language_code] = page.get_url(request)
        if page.translation_key == help_key:
            helps.append(page)
        if page.depth == root.depth + 1 and page.content_type_id in label_of:
            first_of_type.setdefault(label_of[page.content_type_id], page)
    # The help page in the reader's language, else the page the editors chose.
    help_page = next(
        (page for page in helps if page.locale.language_code == language),
        next((page for page in helps if page.pk == help_id), None),
    )
    result = Frame(
        sections={
            label: first_of_type[label] for label in _section_labels() if label in first_of_type
        },
        help_url=(help_page.get_url(request) or "") if help_page is not None else "",
        homes=homes,
    )
    setattr(request, _FRAME_ATTR, result)
    return result


def sections(request) -> dict[str, Page]:
    """This language's sections the reader may read, by lower-case model label."""
    return frame(request).sections


def help_url(request) -> str:
    """The 'Get help' page in the reader's language (the chosen page when it is not
    translated), among the versions this reader may read; empty when they may read none."""
    return frame(request).help_url


def may_use_admin(user) -> bool:
    return user.is_authenticated and user.is_active and user.has_perm(ADMIN_PERMISSION)


def _current(request, url: str, whole_section: bool) -> str:
    if request.path == url:
        return "page"
    return "true" if whole_section and request.path.startswith(url) else ""


def menu(request) -> list[MenuItem]:
    """The menu of this reader, in this language."""
    links = [(_("Home"), f"/{get_language()}/", False), (_("Get help"), help_url(request), False)]
    links += [(page.title, page.get_url(request), True) for page in sections(request).values()]
    links.append((_("Search"), reverse("search:search"), True))
    if may_use_admin(request.user):
        links.append((_("Admin"), reverse("wagtailadmin_home"), False))
    return [
        MenuItem(label, url, _current(request, url, whole_section))
        for label, url, whole_section in links
        if url
    ]


@dataclass(frozen=True)
class Crumb:
    title: str
    url: str


def breadcrumbs(request, page: Page, include_page: bool = False) -> list[Crumb]:
    """The ancestors of `page` this reader may read, from its language's home page down (and
    the page itself with `include_page`, for screens below it). Empty when the trail would be
    the home page alone. Two queries at most, none on the home page and its children."""
    root = _site_root(request)
    home_depth = root.depth if root is not None else None
    deepest = page.depth if include_page else page.depth - 1
    if home_depth is None or deepest <= home_depth:
        return []
    trail = Page.objects.ancestor_of(page, inclusive=include_page).filter(depth__gte=home_depth)
    readable = visibility.readable(request, list(trail.only(*_LINK_FIELDS).order_by("depth")))
    if len(readable) < 2:
        return []
    return [
        Crumb(_("Home") if crumb.depth == home_depth else crumb.title, crumb.get_url(request))
        for crumb in readable
    ]
