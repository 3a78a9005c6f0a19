"""Wagtail documents and images (and so their renditions): a file goes with the pages that use it.

A reader may have a file when both hold:
- its collection's view restrictions let the reader in (Wagtail's collection privacy), and
- a page that uses it (Wagtail's reference index: choosers, rich text links and embeds, in
  every language and alias) is visible to the reader, or no page uses it at all.

So a file used only by restricted pages has the audience of those pages, a file used only by
pages that are not live (a scheduled or ended campaign phase) has none, and a file on one
public page is public. People who may change or choose the file in the admin always may have
it: the admin's listings, choosers and edit views show it to them anyway.
"""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page, ReferenceIndex
from wagtail.permissions import policy_registry

from core.visibility.pages import visible_pages

ADMIN_ACTIONS = ("change", "choose")


def can_view_file(request, item) -> bool:
    """May this request's user have this document or image (or any rendition of it)?"""
    page_ids = _using_page_ids(item)
    if _collection_admits(request, item) and (
        not page_ids or visible_pages(request, Page.objects.filter(pk__in=page_ids)).exists()
    ):
        return True
    return _manages(request.user, item)


def _collection_admits(request, item) -> bool:
    return all(
        restriction.accept_request(request)
        for restriction in item.collection.get_view_restrictions()
    )


def _using_page_ids(item) -> list[int]:
    page_type = ContentType.objects.get_for_model(Page)
    references = ReferenceIndex.get_references_to(item).filter(base_content_type=page_type)
    # The index keeps object ids as text, whatever the model's key.
    return [int(object_id) for object_id in references.values_list("object_id", flat=True)]


def _manages(user, item) -> bool:
    if not user.is_authenticated:
        return False
    policy = policy_registry.get_by_type(type(item))
    return policy.user_has_any_permission_for_instance(user, ADMIN_ACTIONS, item)
