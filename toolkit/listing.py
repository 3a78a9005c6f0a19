"""The toolkit listing: filters, counts per choice, sorting and pages, all from GET parameters so
every view can be bookmarked, and a fixed number of queries whatever the number of resources.

Counts follow the usual faceted-search rule: the counts of one filter apply every *other*
selected filter, so a reader sees how many results each choice would give.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db.models import Count, Prefetch, Q
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag
from wagtail.models import Page

from core.page_cache import fragments, generations
from core.visibility import readable, visible_pages
from core.visibility.pages import READABLE_FIELDS
from toolkit import access
from toolkit.choices import AUDIENCES, ResourceType, Topic, language_choices
from toolkit.models.resources import Region, ResourceFile, ResourcePage, ResourcePageTag

PER_PAGE = 20
MAX_VALUES = 20
TAG_CHOICES = 30
SLUG = re.compile(r"^[-\w]{1,100}$")
SORTS = {
    "newest": (_("Newest"), ("-first_published_at", "-pk")),
    "reviewed": (_("Recently reviewed"), ("-last_reviewed", "-pk")),
    "title": (_("A to Z"), ("title", "pk")),
}
# A topic filter also finds resources about both topics.
TOPIC_MATCHES = {
    Topic.SEA: (Topic.SEA, Topic.BOTH),
    Topic.SH: (Topic.SH, Topic.BOTH),
    Topic.BOTH: (Topic.BOTH,),
}


@dataclass
class Choice:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class Facet:
    name: str
    label: str
    choices: list[Choice] = field(default_factory=list)

    @property
    def selected_count(self) -> int:
        return sum(choice.selected for choice in self.choices)


def _fixed(values):
    return {str(v) for v in values}


FACETS = {
    "type": (_("Type"), _fixed(ResourceType.values)),
    "topic": (_("Topic"), _fixed(Topic.values)),
    "audience": (_("Audience"), set(AUDIENCES)),
    "language": (_("Language"), None),
    "region": (_("Region or office"), None),
    "tag": (_("Tag"), None),
}


def read_params(query) -> dict[str, list[str]]:
    """The selected values per filter. Unknown values are dropped, never an error."""
    languages = {code for code, _name in language_choices()}
    selected = {}
    for name, (_label, allowed) in FACETS.items():
        if name == "language":
            allowed = languages
        values = []
        for value in query.getlist(name)[:MAX_VALUES]:
            ok = value in allowed if allowed is not None else bool(SLUG.match(value))
            if ok and value not in values:
                values.append(value)
        selected[name] = values
    return selected


def _condition(name: str, values: list[str]) -> Q:
    if name == "type":
        return Q(resource_type__in=values)
    if name == "topic":
        return Q(topic__in={match for value in values for match in TOPIC_MATCHES[value]})
    if name == "audience":
        condition = Q()
        for value in values:
            condition |= Q(**{AUDIENCES[value][0]: True})
        return condition
    if name == "language":
        return Q(pk__in=ResourceFile.objects.filter(language__in=values).values("page_id"))
    if name == "region":
        through = ResourcePage.regions.through
        return Q(pk__in=through.objects.filter(region__slug__in=values).values("resourcepage_id"))
    if name == "tag":
        tagged = ResourcePageTag.objects.filter(tag__slug__in=values)
        return Q(pk__in=tagged.values("content_object_id"))
    raise ValueError(name)


def _filtered(queryset, selected, skip=None):
    for name, values in selected.items():
        if values and name != skip:
            queryset = queryset.filter(_condition(name, values))
    return queryset


# Filters on the resource's own columns: their counts come from one grouped query.
COLUMN_FACETS = ("type", "topic", "audience")


def _column_counts(base, selected) -> dict[str, list[tuple[str, str, int]]]:
    """(value, label, count) for each choice of the type, topic and audience filters, in one
    query: resources grouped by their combination of the three (a few dozen rows at most),
    with the other filters applied in SQL and each filter's own rule (every *other* selected
    filter) applied to the groups here."""
    flags = [flag for flag, _label in AUDIENCES.values()]
    others = {name: values for name, values in selected.items() if name not in COLUMN_FACETS}
    groups = [
        (kind, topic, dict(zip(flags, rest[:-1], strict=True)), rest[-1])
        for kind, topic, *rest in _filtered(base, others)
        .order_by()
        .values_list("resource_type", "topic", *flags)
        .annotate(n=Count("pk"))
    ]
    topics = {match for value in selected["topic"] for match in TOPIC_MATCHES[value]}
    passes = {
        "type": lambda kind, topic, flagged: kind in selected["type"],
        "topic": lambda kind, topic, flagged: topic in topics,
        "audience": lambda kind, topic, flagged: any(
            flagged[AUDIENCES[code][0]] for code in selected["audience"]
        ),
    }

    def counted(name):
        """The groups that pass every other selected column filter."""
        rules = [passes[other] for other in COLUMN_FACETS if other != name and selected[other]]
        return [group for group in groups if all(rule(*group[:3]) for rule in rules)]

    def total(rows, keep) -> int:
        return sum(n for kind, topic, flagged, n in rows if keep(kind, topic, flagged))

    types, topic_rows, audience_rows = (counted(name) for name in COLUMN_FACETS)
    return {
        "type": [
            (value, str(label), total(types, lambda kind, *_, v=value: kind == v))
            for value, label in ResourceType.choices
        ],
        "topic": [
            (value, str(label), total(topic_rows, lambda _k, t, _f, v=value: t in TOPIC_MATCHES[v]))
            for value, label in Topic.choices
        ],
        "audience": [
            (code, str(label), total(audience_rows, lambda _k, _t, f, flag=flag: f[flag]))
            for code, (flag, label) in AUDIENCES.items()
        ],
    }


def _counts(name: str, queryset) -> list[tuple[str, str, int]]:
    """(value, label, count) for each choice of a filter on a related table, over
    `queryset` (one query)."""
    if name == "language":
        found = dict(
            ResourceFile.objects.filter(page__in=queryset)
            .order_by()
            .values_list("language")
            .annotate(n=Count("page", distinct=True))
        )
        return [(code, str(label), found.get(code, 0)) for code, label in language_choices()]
    if name == "region":
        rows = (
            Region.objects.filter(resourcepage__in=queryset)
            .values_list("slug", "name")
            .annotate(n=Count("resourcepage", distinct=True))
            .order_by("name")
        )
        return list(rows)
    if name == "tag":
        rows = (
            Tag.objects.filter(toolkit_resourcepagetag_items__content_object__in=queryset)
            .values_list("slug", "name")
            .annotate(n=Count("toolkit_resourcepagetag_items", distinct=True))
            .order_by("-n", "name")[:TAG_CHOICES]
        )
        return sorted(rows, key=lambda row: row[1].lower())
    raise ValueError(name)


def build_facets(base, selected) -> list[Facet]:
    facets = []
    column_counts = _column_counts(base, selected)
    for name, (label, _allowed) in FACETS.items():
        facet = Facet(name=name, label=str(label))
        chosen = selected[name]
        counts = column_counts.get(name) or _counts(name, _filtered(base, selected, skip=name))
        for value, choice_label, count in counts:
            if count or value in chosen:
                facet.choices.append(Choice(value, choice_label, count, value in chosen))
        if facet.choices:
            facets.append(facet)
    return facets


@dataclass
class Listing:
    facets: list[Facet]
    page: object
    total: int
    sort: str
    sorts: list[tuple[str, str]]
    query: str
    page_query: str
    any_selected: bool
    items: list = field(default_factory=list)


@dataclass
class Item:
    page: ResourcePage
    access_label: str
    languages: list[str]
    files: list[ResourceFile]


def build_listing(request, index) -> Listing:
    """Everything the toolkit index template shows, in a fixed number of queries, kept for
    everyone of this reader's audience (core.page_cache.fragments) until the pages change."""
    selected = read_params(request.GET)
    sort = request.GET.get("sort", "newest")
    if sort not in SORTS:
        sort = "newest"
    number = request.GET.get("page", "")
    return fragments.shared(
        request,
        "toolkit-listing",
        [index.pk, get_language(), selected, sort, number],
        [generations.PAGES],
        lambda: _listing(request, index, selected, sort),
    )


def _listing(request, index, selected, sort) -> Listing:
    base = visible_pages(request, ResourcePage.objects.descendant_of(index))
    results = (
        _filtered(base, selected)
        .defer_streamfields()
        .select_related("locale")
        .prefetch_related(
            Prefetch("files", queryset=ResourceFile.objects.order_by("sort_order", "pk"))
        )
        .order_by(*SORTS[sort][1])
    )
    page = fragments.detached(Paginator(results, PER_PAGE).get_page(request.GET.get("page")))
    pairs = [(name, value) for name, values in selected.items() for value in values]
    listing = Listing(
        facets=build_facets(base, selected),
        page=page,
        total=page.paginator.count,
        sort=sort,
        sorts=[(key, str(label)) for key, (label, _order) in SORTS.items()],
        query=urlencode(pairs),
        page_query=urlencode([*pairs, ("sort", sort)]),
        any_selected=bool(pairs),
    )
    listing.items = _items(request, list(page.object_list))
    return listing


def _items(request, pages: list[ResourcePage]) -> list[Item]:
    if not pages:
        return []
    # Every language version of these resources, once: the languages a reader may read them in
    # and their access labels both come from it.
    versions = list(
        Page.objects.filter(translation_key__in=[p.translation_key for p in pages])
        .select_related("locale")
        .only(*READABLE_FIELDS, "locale__language_code")
    )
    translated = {}
    own_content = [version for version in versions if version.alias_of_id is None]
    for version in readable(request, own_content, complete=versions):
        translated.setdefault(version.translation_key, set()).add(version.locale.language_code)
    labels = access.labels(pages, complete=versions)
    names = dict(language_choices())
    items = []
    for resource in pages:
        files = list(resource.files.all())
        codes = {f.language for f in files} | translated.get(resource.translation_key, set())
        items.append(
            Item(
                page=resource,
                access_label=labels[resource.pk],
                languages=[str(names[c]) for c, _n in language_choices() if c in codes],
                files=files,
            )
        )
    return items
