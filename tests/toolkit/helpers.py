"""Shared helpers for the toolkit tests: demo pages by slug, clients per role, extra resources."""

from datetime import date

from wagtail.models import Locale

from toolkit.models import ResourceFile, ResourcePage, ToolkitIndexPage

# A focal-point-only training package with Arabic files, and a resource every signed-in
# person may see (from demo/content/toolkit/).
KIT_SLUG = "sh-scenario-training"
MAIN_SLUG = "what-is-sea"


def resource(slug, code="en"):
    return ResourcePage.objects.get(
        slug=slug, locale=Locale.objects.get(language_code=code), alias_of=None
    )


def toolkit_index(code="en"):
    return ToolkitIndexPage.objects.get(
        slug="toolkit", locale=Locale.objects.get(language_code=code), alias_of=None
    )


def add_resources(parent, count, prefix="extra", **fields):
    """Publish `count` plain resources with one file each under `parent`."""
    pages = []
    for number in range(count):
        values = {
            "title": f"{prefix.title()} resource {number}",
            "slug": f"{prefix}-{number}",
            "summary": "An extra resource.",
            "resource_type": "checklist",
            "topic": "sh",
            "year": 2024,
            "owning_unit": "Unit",
            "content_owner": "Owner",
            "last_reviewed": date(2025, 1, 1),
            "next_review": date(2030, 1, 1),
            "for_all_personnel": True,
            **fields,
        }
        first = ResourceFile(
            file="toolkit/demo/what-is-sea-document-en.pdf",
            display_name="extra.pdf",
            kind="pdf",
            size=10,
            language="en",
        )
        page = ResourcePage(files=[first], **values)
        page.tags.add("extra tag")
        parent.add_child(instance=page)
        page.save_revision().publish()
        pages.append(page)
    return pages
