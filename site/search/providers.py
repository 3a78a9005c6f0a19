"""What goes into the search index, kind by kind.

A provider knows one kind of source: how to list every source that should be searchable
(for the reconcile command) and how to turn one into an entry, or into None when it must not
be searchable (unpublished, held, password-protected...). Audiences come from core.visibility.
"""

from __future__ import annotations

import hashlib
import json
from abc import ABC, abstractmethod
from dataclasses import asdict, dataclass, field
from datetime import datetime

from django.apps import apps
from wagtail.models import Page

from core.visibility.audience import NOBODY, page_audience
from core.visibility.community import post_audience
from search.models import NEVER, text_field
from search.text import plain


@dataclass
class EntryData:
    kind: str
    locale: str
    audience: str
    title: str
    url: str
    summary: str = ""
    topic: str = ""
    tags: list[str] = field(default_factory=list)
    text: str = ""
    expires_at: datetime = NEVER

    def fields(self) -> dict:
        values = asdict(self)
        text = values.pop("text")
        values["tags"] = ",".join(sorted(set(self.tags)))[:500]
        values["title"] = self.title[:255]
        values["url"] = self.url[:500]
        for name in ("text_en", "text_fr", "text_es", "text_ar", "text_other"):
            values[name] = ""
        values[text_field(self.locale)] = text
        values["digest"] = hashlib.sha256(
            json.dumps(values, sort_keys=True, default=str).encode()
        ).hexdigest()
        return values


class Provider(ABC):
    """One kind of searchable source."""

    name: str  # the prefix of the entry keys, e.g. "page"
    model_label: str  # "app_label.ModelName"

    @property
    def model(self):
        return apps.get_model(self.model_label)

    def key(self, pk) -> str:
        return f"{self.name}:{pk}"

    def sources(self):
        """Every source that may be searchable (reconcile walks these)."""
        return self.model.objects.all()

    @abstractmethod
    def build(self, source) -> EntryData | None:
        """The entry for `source`, or None when it must not be searchable."""


# Page types whose pages are not searchable on their own.
UNSEARCHABLE_PAGES = {"wagtailcore.page"}


class PageProvider(Provider):
    name = "page"
    model_label = "wagtailcore.Page"

    def sources(self):
        return Page.objects.filter(depth__gt=1, alias_of__isnull=True).order_by("path")

    def build(self, source) -> EntryData | None:
        page = source.specific
        if (
            not page.live
            or page.alias_of_id
            or page._meta.label_lower in UNSEARCHABLE_PAGES
            or getattr(page, "search_exclude", False)
        ):
            return None
        audience = page_audience(page)
        if audience == NOBODY:
            return None
        texts = [page.search_description]
        for search_field in page.get_search_fields():
            name = getattr(search_field, "field_name", "")
            if name and name not in ("title",) and type(search_field).__name__ == "SearchField":
                texts.append(plain(getattr(page, name, "")))
        extra = getattr(page, "search_extra_text", None)
        if callable(extra):
            texts.append(extra())
        tags = getattr(page, "tags", None)
        return EntryData(
            kind=getattr(page, "search_kind", page._meta.model_name.removesuffix("page")),
            locale=page.locale.language_code,
            audience=audience,
            title=page.title,
            url=page.get_url() or page.url_path,
            summary=plain(getattr(page, "summary", "") or page.search_description),
            topic=_topic(getattr(page, "topic", "")),
            tags=[tag.name for tag in tags.all()] if tags is not None else [],
            text=" ".join(text for text in texts if text),
            expires_at=page.expire_at or NEVER,
        )


TOPICS = {"sea", "sh", "both"}


def _topic(value) -> str:
    """SEA, SH or both, when the source says so in those terms; otherwise nothing."""
    return value if isinstance(value, str) and value in TOPICS else ""


class ChannelProvider(Provider):
    """Reporting and support channels, shown on the where-to-go page of their language: an
    entry links there and has that page's audience."""

    name = "channel"
    model_label = "core.ContactChannel"

    def build(self, channel) -> EntryData | None:
        from guidance.models import WhereToGoPage

        page = (
            WhereToGoPage.objects.live()
            .filter(locale_id=channel.locale_id, alias_of__isnull=True)
            .first()
        )
        if page is None:
            return None
        audience = page_audience(page)
        if audience == NOBODY:
            return None
        url = page.get_url()
        if channel.office_id:
            url += f"?office={channel.office_id}"
        return EntryData(
            kind="channel",
            locale=channel.locale.language_code,
            audience=audience,
            title=channel.name,
            url=f"{url}#channel-{channel.pk}",
            summary=channel.summary,
            topic=channel.covers,
            text=" ".join(
                [channel.confidentiality, channel.next_steps, channel.timeline, channel.hours]
            ),
            expires_at=page.expire_at or NEVER,
        )


class GlossaryProvider(Provider):
    name = "glossary"
    model_label = "core.GlossaryTerm"

    def build(self, term) -> EntryData | None:
        from guidance.models import PolicySummaryPage

        policy = (
            PolicySummaryPage.objects.live()
            .filter(
                locale_id=term.locale_id,
                alias_of__isnull=True,
                definitions__translation_key=term.translation_key,
            )
            .first()
        )
        if policy is None:
            return None
        return EntryData(
            kind="glossary",
            locale=term.locale.language_code,
            audience=page_audience(policy),
            title=term.term,
            url=f"{policy.get_url()}#term-{term.key}",
            summary=term.definition,
            text=term.definition,
        )


class CommunityPostProvider(Provider):
    """Published forum posts, for members only. Held, hidden and redacted posts (and posts of a
    topic that is not published) are never searchable."""

    name = "post"
    model_label = "cop.Post"

    def sources(self):
        return self.model.objects.select_related("topic")

    def build(self, post) -> EntryData | None:
        from cop import links

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


PROVIDERS: dict[str, Provider] = {
    provider.name: provider
    for provider in (PageProvider(), ChannelProvider(), GlossaryProvider(), CommunityPostProvider())
}
