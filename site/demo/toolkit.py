"""The toolkit's demo (content/toolkit/), loaded by `manage.py seed_demo`: the toolkit
(signed-in people), the focal point kit inside it (focal points and moderators), regions, and
the resources with small real files in several languages.

Idempotent: sections, regions, resources and translations are created only when missing, and a
demo file is written to private storage only when it is not there yet.
"""

from __future__ import annotations

from datetime import timedelta

from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.html import escape
from wagtail.models import PageViewRestriction
from wagtail.rich_text import RichText

from core import roles
from core.storage import private_storage
from core.uploads import validate_upload
from demo import content, seeding
from demo.files import make_file
from demo.media import demo_poster
from toolkit.choices import AUDIENCES, FilePart
from toolkit.models import (
    TOOLKIT_UPLOAD_KINDS,
    Region,
    ResourceFile,
    ResourcePage,
    ToolkitIndexPage,
    max_upload_bytes,
)

TRANSLATED = ("fr", "es", "ar")
# What to do with a resource, by its type (the first paragraph of its body).
HOW_TO_USE = content.read("toolkit/how-to-use")
REGIONS = content.read("toolkit/regions")["regions"]
SECTIONS = {section["key"]: section for section in content.read_all("toolkit/sections")}
RESOURCE_DEFAULTS = content.read("toolkit/resource-defaults")


def _resource_entry(data):
    """A resource's fields, with the defaults for those its file leaves out. Its files are
    (part, language, format); its translations are its title's languages besides English."""
    title, summary = data.pop("title"), data.pop("summary")
    translations = {code: (title[code], summary[code]) for code in title if code != "en"}
    return (
        RESOURCE_DEFAULTS
        | data
        | {
            "title": title["en"],
            "summary": summary["en"],
            "translations": translations,
        }
    )


RESOURCES = [_resource_entry(data) for data in content.read_all("toolkit/resources")]


def seed(home):
    """Create the toolkit's demo content under the English home page, if missing."""
    regions = {
        region["slug"]: Region.objects.get_or_create(
            slug=region["slug"], defaults={"name": region["name"]}
        )[0]
        for region in REGIONS
    }
    main = _section(home, "main")
    _restrict(main, PageViewRestriction.LOGIN)
    kit = _section(main, "kit")
    _restrict(kit, PageViewRestriction.GROUPS, (roles.FOCAL_POINTS, roles.MODERATORS))
    for key, page in (("main", main), ("kit", kit)):
        for code in TRANSLATED:
            section = SECTIONS[key]
            seeding.ensure_translation(
                page, code, title=section["title"][code], intro=section["intro"][code]
            )
    parents = {"main": main, "kit": kit}
    for entry in RESOURCES:
        resource = _resource(parents[entry["section"]], entry, regions)
        for code, (title, summary) in entry["translations"].items():
            seeding.ensure_translation(resource, code, title=title, summary=summary)
        _align_translation_dates(resource)


def _section(parent, key):
    section = SECTIONS[key]
    return seeding.ensure_child(
        parent,
        ToolkitIndexPage,
        section["slug"],
        title=section["title"]["en"],
        intro=section["intro"]["en"],
        show_in_menus=True,
    )


def _restrict(page, restriction_type, group_names=()):
    restriction, _created = PageViewRestriction.objects.get_or_create(
        page=page, restriction_type=restriction_type
    )
    if group_names:
        restriction.groups.add(*Group.objects.filter(name__in=group_names))


def _resource(parent, entry, regions):
    existing = parent.get_children().filter(slug=entry["slug"]).first()
    if existing is not None:
        return existing.specific
    now = timezone.now()
    today = timezone.localdate()
    next_review = today + timedelta(days=entry["review_in"])
    first_published = now - timedelta(days=entry["age_days"])
    page = ResourcePage(
        slug=entry["slug"],
        title=entry["title"],
        summary=entry["summary"],
        resource_type=entry["resource_type"],
        topic=entry["topic"],
        year=entry["year"],
        owning_unit=entry["owning_unit"],
        content_owner=entry["owner"],
        next_review=next_review,
        last_reviewed=next_review - timedelta(days=365),
        video_url=entry["video_url"],
        cover=_cover(entry),
        body=[("paragraph", RichText(f"<p>{escape(HOW_TO_USE[entry['resource_type']])}</p>"))],
        indicators=[("indicator", dict(indicator)) for indicator in entry["indicators"]],
        first_published_at=first_published,
        files=[_demo_file(entry, *spec) for spec in entry["files"]],
        regions=[regions[slug] for slug in entry["regions"]],
        **{AUDIENCES[code][0]: True for code in entry["audiences"]},
    )
    page.tags.add(*entry["tags"])
    parent.add_child(instance=page)
    seeding.publish(page)
    # Demo resources were published in the past; "updated" ones were republished just now.
    if not entry["updated"]:
        ResourcePage.objects.filter(pk=page.pk).update(last_published_at=first_published)
    page.refresh_from_db(fields=["first_published_at", "last_published_at"])
    return page


def _cover(entry):
    cover = entry.get("cover")
    if cover is None:
        return None
    title = f"Cover: {entry['title']}"
    return demo_poster(entry["slug"], title, cover["lines"], cover["colour"], cover["alt"])


def _demo_file(entry, part, language, kind):
    title, summary = entry["translations"].get(language, (entry["title"], entry["summary"]))
    content = make_file(kind, title, summary, part, language)
    label = FilePart(part).label
    name = f"{title} - {label} ({language}).{kind}"
    upload = validate_upload(
        ContentFile(content, name=name), TOOLKIT_UPLOAD_KINDS, max_upload_bytes()
    )
    # A fixed stored name keeps re-runs (and flushed test databases) from piling up files.
    stored = f"toolkit/demo/{entry['slug']}-{part}-{language}.{upload.extension}"
    if not private_storage.exists(stored):
        private_storage.save(stored, ContentFile(content))
    return ResourceFile(
        file=stored,
        part=part,
        language=language,
        display_name=upload.display_name,
        kind=upload.kind,
        size=upload.size,
    )


def _align_translation_dates(resource):
    """Translations share their source's publication dates, so badges agree across languages."""
    ResourcePage.objects.filter(translation_key=resource.translation_key).exclude(
        pk=resource.pk
    ).filter(first_published_at__gt=resource.first_published_at).update(
        first_published_at=resource.first_published_at,
        last_published_at=resource.last_published_at,
    )
