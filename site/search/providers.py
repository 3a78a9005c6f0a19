"""What goes into the search index, kind by kind, and how an app adds its own kinds.

A provider knows one kind of source: how to list every source that should be searchable
(for the reconcile command) and how to turn one into an entry, or into None when it must not
be searchable (unpublished, held, password-protected...). Audiences come from core.visibility.

Every Wagtail page is searchable through PageProvider, here. An app with other searchable
things declares their providers in its own package and, in its AppConfig.ready(), calls
register(provider) and search.signals.follow(model, provider.name) for each model whose
changes move the entries; search imports no app.
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
    # The page type ("app_label.ModelName") that shows these sources, one page per locale:
    # their entries link there and take its audience, so they follow that page's changes.
    shown_on: str | None = None

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


PROVIDERS: dict[str, Provider] = {PageProvider.name: PageProvider()}


def register(provider: Provider) -> None:
    """Make `provider`'s kind searchable: reconcile walks its sources, indexing builds them."""
    PROVIDERS[provider.name] = provider


TOPICS = {"sea", "sh", "both"}


def _topic(value) -> str:
    """SEA, SH or both, when the source says so in those terms; otherwise nothing."""
    return value if isinstance(value, str) and value in TOPICS else ""
