"""The one answer to "may this person see this?", used by every page, listing, search, feed,
e-mail and download. Nothing else filters for privacy on its own.

One submodule per kind of content, all exported here:
- pages: Wagtail pages (guidance, toolkit resources, campaign phases), their translations and
  aliases, and files that belong to a page.
- audience: the audience token a search entry carries, and the tokens a user satisfies.
- community: the focal-point community (forum topics, posts, members, attachments, e-mails).
- files: Wagtail documents, images and their renditions, which go with the pages using them.
- readers: which readers see exactly the same content (the key of shared, stored pages).
"""

from core.visibility.audience import page_audience, page_audiences, satisfies, tokens_for
from core.visibility.community import (
    can_view_attachment,
    can_view_post,
    is_member,
    is_moderator,
    may_notify,
    members,
    notifiable_posts,
    post_audience,
    visible_categories,
    visible_posts,
    visible_topics,
)
from core.visibility.files import can_view_file
from core.visibility.pages import (
    can_view_page,
    is_expired,
    page_denial,
    pages_restricted_at,
    privacy_paths,
    readable,
    readable_translations,
    visible_pages,
    visible_pages_for_user,
)
from core.visibility.readers import reader_key

__all__ = [
    "reader_key",
    "page_audience",
    "page_audiences",
    "satisfies",
    "tokens_for",
    "can_view_attachment",
    "can_view_post",
    "is_member",
    "is_moderator",
    "may_notify",
    "members",
    "notifiable_posts",
    "post_audience",
    "visible_categories",
    "visible_posts",
    "visible_topics",
    "can_view_file",
    "can_view_page",
    "is_expired",
    "page_denial",
    "pages_restricted_at",
    "privacy_paths",
    "readable",
    "readable_translations",
    "visible_pages",
    "visible_pages_for_user",
]
