"""Published pages added in bulk under one parent, with the tree paths treebeard would give them.

Wagtail's add_child + publish costs about twenty queries a page. Here a batch of pages costs
three statements: the Page rows (bulk_create), the rows of the specific model (one multi-row
INSERT), and the parent's child count. The result is what add_child and publish leave behind,
except for revisions (a bench page has never been edited) and signals (the caller builds the
search entries in bulk too).
"""

from __future__ import annotations

import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from wagtail.models import Page

# Page fields the specific instance carries and the Page row takes over.
_COPIED = [
    field.attname
    for field in Page._meta.concrete_fields
    if field.attname not in {"id", "path", "depth", "numchild", "url_path", "content_type_id"}
]


def next_step(parent: Page) -> int:
    """The path step of the next child of `parent` (after its current last child)."""
    last = (
        Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
        .order_by("-path")
        .values_list("path", flat=True)
        .first()
    )
    return Page._str2int(last[-Page.steplen :]) + 1 if last else 1


def add_children(parent: Page, pages: list[Page]) -> list[Page]:
    """Insert `pages` (unsaved instances of one specific model) as live children of `parent`.

    Each page needs title and slug (unique among its siblings); locale defaults to the
    parent's and translation_key to a fresh one. Returns the pages with their primary keys.
    """
    if not pages:
        return pages
    model = type(pages[0])
    content_type = ContentType.objects.get_for_model(model)
    parent = Page.objects.get(pk=parent.pk)
    now = timezone.now()
    step = next_step(parent)
    depth = parent.depth + 1
    rows = []
    for offset, page in enumerate(pages):
        page.depth = depth
        page.path = Page._get_path(parent.path, depth, step + offset)
        page.numchild = 0
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.content_type_id = content_type.pk
        if page.locale_id is None:
            page.locale_id = parent.locale_id
        if not page.translation_key:
            page.translation_key = uuid.uuid4()
        page.live = True
        page.has_unpublished_changes = False
        page.draft_title = page.title
        page.first_published_at = page.first_published_at or now
        page.last_published_at = page.last_published_at or page.first_published_at
        row = Page(
            path=page.path,
            depth=depth,
            numchild=0,
            url_path=page.url_path,
            content_type_id=content_type.pk,
        )
        for name in _COPIED:
            setattr(row, name, getattr(page, name))
        rows.append(row)
    with transaction.atomic():
        Page.objects.bulk_create(rows)
        for page, row in zip(pages, rows, strict=True):
            page.pk = page.id = page.page_ptr_id = row.pk
            page._state.adding = False
        # Only the specific model's own table: bulk_create refuses multi-table models, and
        # the parent rows are already in.
        model._base_manager._insert(pages, fields=model._meta.local_concrete_fields)
        Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
    return pages
