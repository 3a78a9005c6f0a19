"""Helpers the demo-content commands share: create what is missing, never overwrite.

Pages that already exist are left alone, so running a seed twice changes nothing and an
editor's changes to demo pages survive a re-run.
"""

from __future__ import annotations

import re

from django.utils.html import escape
from wagtail.models import Locale, Page
from wagtail.rich_text import RichText


def locale(code: str) -> Locale:
    return Locale.objects.get_or_create(language_code=code)[0]


def tree_root() -> Page:
    """Wagtail's root page and root collection (made by its migrations; recreated on a flushed
    database)."""
    from wagtail.models import Collection

    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=locale("en")))
    return root


def publish(page: Page) -> Page:
    page.save_revision().publish()
    return page


def ensure_child(parent: Page, model: type[Page], slug: str, **fields) -> Page:
    """The child of `parent` with this slug, created and published when missing."""
    existing = parent.get_children().filter(slug=slug).first()
    if existing is not None:
        return existing.specific
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    return publish(page)


def approval_workflow(page: Page, name: str, task_name: str, approvers: str) -> None:
    """Changes to `page` and everything under it, in every language, go through a workflow of
    one task: a member of the group `approvers` approves and publishes. Idempotent."""
    from django.contrib.auth.models import Group
    from wagtail.models import GroupApprovalTask, Workflow, WorkflowPage, WorkflowTask

    workflow, _ = Workflow.objects.get_or_create(name=name)
    task = GroupApprovalTask.objects.filter(name=task_name).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=task_name)
    task.groups.add(Group.objects.get(name=approvers))
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for version in Page.objects.filter(translation_key=page.translation_key, alias_of__isnull=True):
        WorkflowPage.objects.get_or_create(page=version, defaults={"workflow": workflow})


def ensure_translation(source: Page, code: str, **fields) -> Page:
    """The translation of `source` into `code`, created and published when missing.

    An alias left by locale synchronisation becomes a real translation; a translation that
    already exists is left as it is.
    """
    target_locale = locale(code)
    existing = (
        Page.objects.filter(translation_key=source.translation_key, locale=target_locale)
        .specific()
        .first()
    )
    if existing is not None and existing.alias_of_id is None:
        return existing
    if existing is None:
        page = source.copy_for_translation(target_locale)
    else:
        page = existing
        page.alias_of = None
    for name, value in fields.items():
        setattr(page, name, value)
    page.save()
    return publish(page)


# A link in demo text: [words](slug), the slug of a page given to body_stream.
PAGE_LINK = re.compile(r"\[([^\]]+)\]\(([a-z0-9-]+)\)")


def _linked(text: str, links: dict[str, Page]) -> str:
    """Escaped text whose [words](slug) become page links (plain words when no such page)."""
    html, start = [], 0
    for match in PAGE_LINK.finditer(text):
        html.append(escape(text[start : match.start()]))
        words, page = escape(match[1]), links.get(match[2])
        html.append(f'<a linktype="page" id="{page.pk}">{words}</a>' if page else words)
        start = match.end()
    html.append(escape(text[start:]))
    return "".join(html)


def body_stream(blocks, links: dict[str, Page] | None = None):
    """Demo body blocks as StreamField values (plain text becomes escaped rich text, with
    page links to `links` by slug)."""
    stream = []
    for block_type, value in blocks:
        if block_type == "paragraph":
            value = RichText(f"<p>{_linked(value, links or {})}</p>")
        stream.append((block_type, value))
    return stream
