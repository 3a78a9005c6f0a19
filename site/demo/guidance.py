"""The guidance app's demo: offices, channels, glossary, where-to-go, policy summaries, role
guides and the onboarding journey (content/guidance/), loaded by `manage.py seed_demo`.
Idempotent: rows and pages that exist are left alone.

Channels with `office_key` set override the agency-wide channel of the same `kind` for people
in that office."""

from __future__ import annotations

from datetime import timedelta
from io import BytesIO

from django.core.files.base import ContentFile
from django.utils import timezone
from fpdf import FPDF
from wagtail.documents import get_document_model

from core.snippets import ContactChannel, ContactMethod, GlossaryTerm, Office, OfficeContact
from demo import content, seeding
from guidance.models import (
    GlossaryPage,
    OnboardingPage,
    PolicySummaryPage,
    RoleGuidePage,
    WhereToGoPage,
)

ALL = ("en", "fr", "es", "ar")
NEXT_LINE = {"new_x": "LMARGIN", "new_y": "NEXT"}
OVERDUE_DEMO = "sea-bulletin"  # one page past its review date, to show the freshness notice

OFFICES = content.read_all("guidance/offices")
CHANNELS = content.read_all("guidance/channels")
GLOSSARY = content.read_all("guidance/glossary")
GLOSSARY_PAGE = content.read("guidance/glossary-page")
POLICIES = content.read_all("guidance/policies", prose=("rights", "obligations", "what_to_do"))
WHERE_TO_GO = content.read("guidance/where-to-go")
ROLE_GUIDES = content.read_all("guidance/role-guides", prose=("body",))
ONBOARDING = content.read("guidance/onboarding")


def seed(home):
    offices = seed_offices()
    seed_channels(offices)
    terms = seed_glossary()
    seed_where_to_go(home)
    seed_policies(home, terms)
    seed_role_guides(home, [guide for guide in ROLE_GUIDES if not _links_sections(guide)])
    seed_onboarding(home)
    seed_glossary_page(home)


def seed_linked(home):
    """The guides whose text links to other apps' sections (the toolkit, the community), made
    once every app's pages exist (seed_demo runs this after every app's seed)."""
    seed_role_guides(home, [guide for guide in ROLE_GUIDES if _links_sections(guide)])


def _links_sections(guide) -> bool:
    return any(
        block_type == "paragraph" and seeding.PAGE_LINK.search(value)
        for block_type, value in guide["body"]["en"]
    )


def _sections(home, code) -> dict:
    """The pages under the home page of this language, by slug (what demo text links to)."""
    localized = home.get_translation_or_none(seeding.locale(code))
    return {page.slug: page for page in localized.get_children()} if localized else {}


def _translations(source, codes, make_fields):
    """Create the missing translations of a snippet row, one per language code."""
    rows = {"en": source}
    for code in codes:
        if code == "en":
            continue
        locale = seeding.locale(code)
        existing = (
            type(source)
            .objects.filter(translation_key=source.translation_key, locale=locale)
            .first()
        )
        if existing is None:
            existing = source.copy_for_translation(locale)
            for name, value in make_fields(code).items():
                setattr(existing, name, value)
            existing.save()
        rows[code] = existing
    return rows


def seed_offices() -> dict[str, dict[str, Office]]:
    english = seeding.locale("en")
    offices = {}
    for entry in OFFICES:

        def fields(code, entry=entry):
            return {
                "name": entry["name"][code],
                "kind": entry["kind"],
                "region": entry["region"],
                "city": entry["city"],
                "contacts": [
                    OfficeContact(
                        role=contact["role"][code],
                        name=contact["name"],
                        email=contact["email"],
                        phone=contact["phone"],
                        languages=contact["languages"],
                    )
                    for contact in entry["contacts"]
                ],
            }

        source = Office.objects.filter(locale=english, name=entry["name"]["en"]).first()
        if source is None:
            source = Office(locale=english, **fields("en"))
            source.save()
        offices[entry["key"]] = _translations(source, ALL, fields)
    return offices


def seed_channels(offices):
    english = seeding.locale("en")
    for order, entry in enumerate(CHANNELS):

        def fields(code, entry=entry, order=order):
            office = offices[entry["office_key"]][code] if "office_key" in entry else None
            return {
                "kind": entry["kind"],
                "name": entry["name"][code],
                "summary": entry["summary"][code],
                "covers": entry["covers"],
                "formality": entry["formality"],
                "accepts_anonymous": entry["anonymous"],
                "accepts_third_party": entry["third_party"],
                "confidentiality": entry["confidentiality"][code],
                "hours": entry["hours"][code],
                "languages": entry["languages"],
                "next_steps": entry["next_steps"][code],
                "timeline": entry["timeline"][code],
                "office": office,
                "sort_order": order,
                "contacts": [
                    ContactMethod(
                        method=contact["method"],
                        value=contact["value"],
                        label=contact["label"][code],
                    )
                    for contact in entry["contacts"]
                ],
            }

        office = offices[entry["office_key"]]["en"] if "office_key" in entry else None
        source = ContactChannel.objects.filter(
            locale=english, kind=entry["kind"], office=office
        ).first()
        if source is None:
            source = ContactChannel(locale=english, **fields("en"))
            source.save()
        _translations(source, ALL, fields)


def seed_glossary() -> dict[str, GlossaryTerm]:
    english = seeding.locale("en")
    terms = {}
    for entry in GLOSSARY:

        def fields(code, entry=entry):
            return {
                "key": entry["key"],
                "term": entry["term"][code],
                "definition": entry["definition"][code],
            }

        source = GlossaryTerm.objects.filter(locale=english, key=entry["key"]).first()
        if source is None:
            source = GlossaryTerm(locale=english, **fields("en"))
            source.save()
        _translations(source, ALL, fields)
        terms[entry["key"]] = source
    return terms


def _review(slug):
    today = timezone.localdate()
    if slug == OVERDUE_DEMO:
        return {
            "content_owner": "Ethics Office",
            "last_reviewed": today - timedelta(days=400),
            "next_review": today - timedelta(days=35),
        }
    return {
        "content_owner": "Human Resources, Policy Unit",
        "last_reviewed": today - timedelta(days=30),
        "next_review": today + timedelta(days=335),
    }


def _page(home, model, slug, codes, make_fields):
    """The English page with this slug and its translations, created when missing."""
    source = seeding.ensure_child(home, model, slug, **make_fields("en"))
    for code in codes:
        if code != "en":
            seeding.ensure_translation(source, code, **make_fields(code))
    return source


def seed_where_to_go(home):
    entry = WHERE_TO_GO

    def fields(code):
        return {
            "title": entry["title"][code],
            "summary": entry["summary"][code],
            "intro": entry["intro"][code],
            "is_sensitive": True,
            "show_in_menus": True,
            **_review(entry["slug"]),
        }

    _page(home, WhereToGoPage, entry["slug"], ALL, fields)


def _policy_document(entry):
    """A small PDF standing in for the full policy (the real text is published elsewhere)."""
    title = entry["document_title"]["en"]
    Document = get_document_model()
    existing = Document.objects.filter(title=title).first()
    if existing is not None:
        return existing
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.multi_cell(
        0,
        8,
        f"{title}\n\nDemo file: a short stand-in for the full text of this policy.",
        **NEXT_LINE,
    )
    for point in entry["in_short"]["en"]:
        pdf.multi_cell(0, 8, f"- {point}", **NEXT_LINE)
    buffer = BytesIO(bytes(pdf.output()))
    document = Document(title=title)
    document.file.save(f"{entry['slug']}.pdf", ContentFile(buffer.getvalue()), save=False)
    document.save()
    return document


def seed_policies(home, terms):
    for entry in POLICIES:
        document = _policy_document(entry)
        chosen = [terms[key] for key in entry["glossary_keys"]]

        def fields(code, entry=entry, document=document, chosen=chosen):
            return {
                "title": entry["title"][code],
                "summary": entry["summary"][code],
                "document_title": entry["document_title"][code],
                "document": document,
                "in_short": [("points", entry["in_short"][code])],
                "definitions": chosen,
                "applies_to": entry["applies_to"],
                "rights": seeding.body_stream(entry["rights"][code]),
                "obligations": seeding.body_stream(entry["obligations"][code]),
                "what_to_do": seeding.body_stream(entry["what_to_do"][code]),
                "show_in_menus": True,
                **_review(entry["slug"]),
            }

        _page(home, PolicySummaryPage, entry["slug"], ALL, fields)


def seed_role_guides(home, guides):
    for entry in guides:

        def fields(code, entry=entry):
            return {
                "title": entry["title"][code],
                "summary": entry["summary"][code],
                "audience": entry["audience"],
                "body": seeding.body_stream(entry["body"][code], _sections(home, code)),
                "is_sensitive": entry["audience"] in RoleGuidePage.VICTIM_SUPPORT,
                "show_in_menus": False,
                **_review(entry["slug"]),
            }

        _page(home, RoleGuidePage, entry["slug"], ALL, fields)


def seed_onboarding(home):
    entry = ONBOARDING

    def fields(code):
        return {
            "title": entry["title"][code],
            "summary": entry["summary"][code],
            "stages": [
                ("stage", {"title": stage["title"][code], "steps": stage["steps"][code]})
                for stage in entry["stages"]
            ],
            "courses": [
                (
                    "course",
                    {
                        "key": course["key"],
                        "title": course["title"][code],
                        "duration_minutes": course["duration_minutes"],
                        "languages": course["languages"],
                        "where": course["where"],
                        "who": course["who"][code],
                        "when": course["when"][code],
                    },
                )
                for course in entry["courses"]
            ],
            "show_in_menus": True,
            **_review(entry["slug"]),
        }

    _page(home, OnboardingPage, entry["slug"], ALL, fields)


def seed_glossary_page(home):
    entry = GLOSSARY_PAGE

    def fields(code):
        return {"title": entry["title"][code], "intro": entry["intro"][code]}

    _page(home, GlossaryPage, entry["slug"], ALL, fields)
