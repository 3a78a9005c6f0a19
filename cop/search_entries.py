"""The forum's search entries: one per published post, for members only.

Registered with search in CopConfig.ready() (see search.providers). Held, hidden and redacted
posts, and the posts of a topic that is not published, are never searchable: the audience comes
from core.visibility, which gives them none.
"""

from __future__ import annotations

from django.db.models.signals import post_save

from cop import links
from cop.models import Post, Topic
from core.visibility.audience import NOBODY
from core.visibility.community import post_audience
from search import indexing, providers, signals
from search.providers import EntryData, Provider
from search.text import plain


class CommunityPostProvider(Provider):
    name = "post"
    model_label = "cop.Post"

    def sources(self):
        return self.model.objects.select_related("topic")

    def build(self, post) -> EntryData | None:
        audience = post_audience(post)
        if audience == NOBODY:
            return None
        return EntryData(
            kind="topic" if post.is_opening else "post",
            locale=post.topic.language,
            audience=audience,
            title=post.topic.title,
            url=links.post(post.pk),
            text=plain(post.html),
        )


def _topic_changed(sender, instance, **kwargs):
    """A topic's status or title changes every post's entry."""
    for pk in instance.posts.values_list("pk", flat=True):
        indexing.queue(CommunityPostProvider.name, pk)


def register() -> None:
    providers.register(CommunityPostProvider())
    signals.follow(Post, CommunityPostProvider.name)
    post_save.connect(_topic_changed, sender=Topic, dispatch_uid="search-topic")
