"""The roles chart as readers see it: the roles of this language they may read, who reports to
whom, who works with whom and the channels each runs; drawn by Graphviz (dot, from Debian's
`graphviz` package, through the `graphviz` binding), written out as an outline for screen
readers and phones, and printed on one A4 page (WeasyPrint).

Graphviz lays out a hierarchy with the least crossing edges and no hand-placed boxes, and
writes SVG whose text the browser shapes (Arabic included); it needs no JavaScript.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from datetime import datetime

import graphviz
from django.conf import settings
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.translation import get_language, get_language_bidi
from wagtail.models import Page

from core import visibility
from core.snippets import ContactChannel

DOT_FONT = "DejaVu Sans"
DOT_MISSING = (
    "The diagram needs Graphviz (dot) on the server; the outline on the page says the same."
)


@dataclass
class Node:
    role: Page  # the RolePage in the reader's language
    boss: Node | None = None
    reports: list[Node] = field(default_factory=list)
    colleagues: list[Node] = field(default_factory=list)

    @property
    def key(self) -> str:
        return str(self.role.translation_key)


@dataclass
class Chart:
    nodes: list[Node]
    roots: list[Node]  # the outline: each root with its reports below it
    last_revised: datetime | None


def _roles(request, chart_page) -> list[Page]:
    return visibility.readable(request, list(chart_page.get_children().live().specific()))


def sources(roles: list[Page], *related: str) -> dict[str, Page]:
    """Translation key -> the role in the source language, which holds the relations (with
    `related` prefetched): one query, and one per relation."""
    if not roles:
        return {}
    model = type(roles[0])
    found = model.objects.filter(
        translation_key__in=[role.translation_key for role in roles],
        locale__language_code=settings.LANGUAGE_CODE,
    ).prefetch_related(*related)
    return {str(source.translation_key): source for source in found}


def _keys(pages: list[Page], ids: set[int]) -> dict[int, str]:
    """Translation keys of the pages `ids`, taken from `pages` where they are, else in one
    query (a relation made in the source language names the source page)."""
    keys = {page.pk: str(page.translation_key) for page in pages if page.pk in ids}
    missing = ids - set(keys)
    if missing:
        rows = Page.objects.filter(pk__in=missing).values_list("pk", "translation_key")
        keys.update({pk: str(key) for pk, key in rows})
    return keys


def build(request, chart_page) -> Chart:
    roles = _roles(request, chart_page)
    by_source = sources(roles, "works_with")
    related = {source.reports_to_id for source in by_source.values() if source.reports_to_id}
    related |= {other.pk for source in by_source.values() for other in source.works_with.all()}
    key_of = _keys(list(by_source.values()), related)
    nodes = [Node(role) for role in roles]
    by_key = {node.key: node for node in nodes}
    for node in nodes:
        source = by_source.get(node.key)
        if source is None:
            continue
        boss = by_key.get(key_of.get(source.reports_to_id, ""))
        if boss is not None and boss is not node:
            node.boss = boss
            boss.reports.append(node)
        for other in source.works_with.all():
            colleague = by_key.get(key_of.get(other.pk, ""))
            if colleague is not None and colleague is not node:
                node.colleagues.append(colleague)
    dates = [page.last_published_at for page in (chart_page, *roles) if page.last_published_at]
    return Chart(
        nodes=nodes,
        roots=[node for node in nodes if node.boss is None],
        last_revised=max(dates) if dates else None,
    )


@dataclass
class RoleDetails:
    boss: Page | None
    reports: list[Page]
    colleagues: list[Page]
    channels: list[ContactChannel]
    holders: list


def role_details(request, role) -> RoleDetails:
    """What the role's page shows besides its own fields, in the reader's language."""
    chart = build(request, role.get_parent())
    node = next((node for node in chart.nodes if node.role.pk == role.pk), None)
    source = sources([role]).get(str(role.translation_key), role)
    keys = ContactChannel.objects.filter(pk__in=source.channels.values("pk")).values(
        "translation_key"
    )
    channels = list(
        ContactChannel.objects.filter(
            translation_key__in=keys, locale__language_code=get_language()
        ).order_by("sort_order", "pk")
    )
    return RoleDetails(
        boss=node.boss.role if node and node.boss else None,
        reports=[report.role for report in node.reports] if node else [],
        colleagues=[colleague.role for colleague in node.colleagues] if node else [],
        channels=channels,
        holders=list(source.holders.select_related("contact__office")),
    )


def diagram_svg(request, chart: Chart) -> str:
    """The chart as SVG. Right to left, siblings are laid out from the right."""
    graph = graphviz.Digraph(
        graph_attr={"rankdir": "TB", "bgcolor": "white", "nodesep": "0.3", "ranksep": "0.5"},
        node_attr={
            "shape": "box",
            "style": "rounded,filled",
            "fillcolor": "#eef3f8",
            "color": "#1b4f72",
            "fontname": DOT_FONT,
            "fontsize": "11",
        },
        edge_attr={"color": "#1b4f72"},
    )
    nodes = list(reversed(chart.nodes)) if get_language_bidi() else chart.nodes
    for node in nodes:
        label = f"{node.role.title}\n{node.role.unit}"
        graph.node(node.key, label=label, tooltip=node.role.summary)
    for node in nodes:
        if node.boss is not None:
            graph.edge(node.boss.key, node.key)
        for colleague in node.colleagues:
            if node.key < colleague.key or node not in colleague.colleagues:
                graph.edge(
                    node.key,
                    colleague.key,
                    style="dashed",
                    dir="none",
                    constraint="false",
                    color="#595959",
                )
    return graph.pipe(format="svg", encoding="utf-8")


def diagram_response(request, chart_page) -> HttpResponse:
    try:
        svg = diagram_svg(request, build(request, chart_page))
    except graphviz.ExecutableNotFound:
        return HttpResponse(DOT_MISSING, status=503, content_type="text/plain; charset=utf-8")
    return HttpResponse(svg, content_type="image/svg+xml")


def pdf_response(request, chart_page) -> HttpResponse:
    """The diagram and the outline on one A4 page."""
    from weasyprint import HTML

    chart = build(request, chart_page)
    try:
        svg = diagram_svg(request, chart).encode()
        diagram = "data:image/svg+xml;base64," + base64.b64encode(svg).decode()
    except graphviz.ExecutableNotFound:
        diagram = None  # the outline alone, which says the same
    html = render_to_string(
        "accountability/roles_chart_print.html",
        {"page": chart_page, "chart": chart, "diagram": diagram},
        request=request,
    )
    pdf = HTML(string=html, base_url=request.build_absolute_uri("/")).write_pdf()
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="roles-chart-{get_language()}.pdf"'
    return response
