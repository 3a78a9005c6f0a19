"""The demo's transparency page: eight quarters of made-up figures with small numbers in them,
in four languages (content/accountability/), for signed-in personnel only; the ethics office
submits quarters and editors approve them (a workflow)."""

from __future__ import annotations

from wagtail.models import Page, PageViewRestriction

from accountability import figures
from accountability.models import QuarterPage, TransparencyPage
from core import roles
from demo import content, seeding

LANGUAGES = ("en", "fr", "es", "ar")
PAGE = content.read("accountability/transparency", prose=("how_to_read",))
QUARTERS = content.read("accountability/quarters")["quarters"]
WORKFLOW_NAME = "Case figures approval"
APPROVERS_TASK_NAME = "Case figures approvers"


def seed(home):
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
