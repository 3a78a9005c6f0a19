"""The community's data: one module per concern, all importable from `cop.models`."""

from cop.models.forum import (
    Attachment,
    Category,
    Draft,
    Mention,
    Post,
    PostRevision,
    Reaction,
    Topic,
)
from cop.models.members import MemberProfile
from cop.models.moderation import Flag, ModerationAction
from cop.models.notifications import DigestRun, Notification, ReadState, Subscription
from cop.models.pages import CommunityPage

__all__ = [
    "Attachment",
    "Category",
    "CommunityPage",
    "DigestRun",
    "Draft",
    "Flag",
    "MemberProfile",
    "Mention",
    "ModerationAction",
    "Notification",
    "Post",
    "PostRevision",
    "Reaction",
    "ReadState",
    "Subscription",
    "Topic",
]
