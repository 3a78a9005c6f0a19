"""The demo's transparency page: eight quarters of made-up figures with small numbers in them,
in four languages (content/accountability/), for signed-in personnel only; the ethics office
submits quarters and editors approve them (a workflow)."""

from __future__ import annotations

from wagtail.models import Page, PageViewRestriction

from accountability import figures
from accountability.models import (
    QuarterPage,
    RoleHolder,
    RolePage,
    RolesChartPage,
    TransparencyPage,
)
from core import roles
from core.snippets import ContactChannel, OfficeContact
from demo import content, seeding
from demo.guidance import CHANNELS

LANGUAGES = ("en", "fr", "es", "ar")
PAGE = content.read("accountability/transparency", prose=("how_to_read",))
QUARTERS = content.read("accountability/quarters")["quarters"]
CHART = content.read("accountability/roles-chart")
ROLES = content.read("accountability/roles")["roles"]
WORKFLOW_NAME = "Case figures approval"
APPROVERS_TASK_NAME = "Case figures approvers"
ROLES_WORKFLOW_NAME = "Roles chart approval"
ROLES_APPROVERS_TASK_NAME = "Roles chart approvers"


def seed(home):
    seed_roles_chart(home)
    page = _page(home)
    PageViewRestriction.objects.get_or_create(page=page, restriction_type=PageViewRestriction.LOGIN)
    for entry in QUARTERS:
        _quarter(page, entry)
    seeding.approval_workflow(page, WORKFLOW_NAME, APPROVERS_TASK_NAME, roles.EDITORS)


def _links(home, code) -> dict[str, Page]:
    localized = home.get_translation_or_none(seeding.locale(code))
    return {child.slug: child for child in localized.get_children()} if localized else {}


def _page(home) -> TransparencyPage:
    def fields(code):
        return {
            "title": PAGE["title"][code],
            "intro": PAGE["intro"][code],
            "how_to_read": seeding.body_stream(PAGE["how_to_read"][code], _links(home, code)),
            "public_reports": [("report", report) for report in PAGE["public_reports"]],
            "show_in_menus": True,
        }

    source = seeding.ensure_child(home, TransparencyPage, PAGE["slug"], **fields("en"))
    for code in LANGUAGES[1:]:
        seeding.ensure_translation(source, code, **fields(code))
    return source


def _quarter(parent, entry) -> QuarterPage:
    numbers = {name: entry.get(name) for name in figures.ENTERED}
    numbers["median_days_to_close"] = entry["median_days_to_close"]

    def fields(code):
        return {
            "title": f"{entry['year']} Q{entry['quarter']}",
            "year": entry["year"],
            "quarter": entry["quarter"],
            "leadership_message": entry["leadership_message"][code],
            **numbers,
        }

    slug = f"{entry['year']}-q{entry['quarter']}"
    source = seeding.ensure_child(parent, QuarterPage, slug, **fields("en"))
    for code in LANGUAGES[1:]:
        seeding.ensure_translation(source, code, **fields(code))
    return source


def seed_roles_chart(home):
    """The roles chart for signed-in personnel, its roles in four languages, who holds them
    (from the offices' listed contacts) and the channels they run."""

    def chart_fields(code):
        return {"title": CHART["title"][code], "intro": CHART["intro"][code], "show_in_menus": True}

    chart = seeding.ensure_child(home, RolesChartPage, CHART["slug"], **chart_fields("en"))
    for code in LANGUAGES[1:]:
        seeding.ensure_translation(chart, code, **chart_fields(code))
    PageViewRestriction.objects.get_or_create(
        page=chart, restriction_type=PageViewRestriction.LOGIN
    )
    english = {entry["slug"]: _role(chart, entry) for entry in ROLES}
    for entry in ROLES:
        _relate(english[entry["slug"]], entry, english)
    seeding.approval_workflow(chart, ROLES_WORKFLOW_NAME, ROLES_APPROVERS_TASK_NAME, roles.EDITORS)


def _role(chart, entry) -> RolePage:
    def fields(code):
        return {
            "title": entry["title"][code],
            "unit": entry["unit"][code],
            "summary": entry["summary"][code],
            "how_to_reach": entry["how_to_reach"][code],
            "responsibilities": entry["responsibilities"],
            "share_of_post": entry["share_of_post"],
            "budget_line": entry["budget_line"],
        }

    source = seeding.ensure_child(chart, RolePage, entry["slug"], **fields("en"))
    for code in LANGUAGES[1:]:
        seeding.ensure_translation(source, code, **fields(code))
    return source


def _relate(role, entry, by_slug):
    """Reports to, works with, channels and holders, on the English page (every language reads
    them through translation keys). Only when the role has none yet: an editor's changes stay."""
    wanted = entry["reports_to"] or entry["works_with"] or entry["channels"] or entry["holders"]
    made = role.reports_to_id or role.works_with.exists() or role.channels.exists()
    if not wanted or made or role.holders.exists():
        return
    role.reports_to = by_slug.get(entry["reports_to"])
    role.works_with.set([by_slug[slug] for slug in entry["works_with"]])
    keys = {key: _channel(key) for key in entry["channels"]}
    role.channels.set([channel for channel in keys.values() if channel is not None])
    for holder in entry["holders"]:
        contact = OfficeContact.objects.filter(
            office__locale__language_code="en", email=holder["email"]
        ).first()
        if contact is not None:
            role.holders.add(RoleHolder(contact=contact))
    seeding.publish(role)


def _channel(key) -> ContactChannel | None:
    """The English channel the guidance demo made from content/guidance/channels/ with `key`."""
    entry = next((c for c in CHANNELS if c["key"] == key), None)
    if entry is None:
        return None
    return ContactChannel.objects.filter(
        locale__language_code="en", name=entry["name"]["en"]
    ).first()
