"""The one answer to "may this person see this?", used by every page, listing, search, feed,
e-mail and download. Nothing else filters for privacy on its own.

One submodule per kind of content, all exported here:
- pages: Wagtail pages (guidance, toolkit resources, campaign phases), their translations and
  aliases, and files that belong to a page.
"""

from core.visibility.pages import (
    can_view_page,
    is_expired,
    page_denial,
    visible_pages,
    visible_pages_for_user,
)

__all__ = [
    "can_view_page",
    "is_expired",
    "page_denial",
    "visible_pages",
    "visible_pages_for_user",
]
