from datetime import UTC, datetime

from django.db import models
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin

from core.page_cache import generations

# Search text is kept per language so Elasticsearch can analyse each with its own analyzer
# (config.search.ANALYZERS); languages without one go to text_other.
TEXT_LANGUAGES = ("en", "fr", "es", "ar")


# Entries of pages with no expiry date; a real date lets queries drop expired pages at once.
NEVER = datetime(9999, 12, 31, tzinfo=UTC)


def text_field(language: str) -> str:
    return f"text_{language}" if language in TEXT_LANGUAGES else "text_other"


class SearchEntryQuerySet(SearchableQuerySetMixin, models.QuerySet):
    pass


class SearchEntry(index.Indexed, models.Model):
    """One searchable thing, denormalised: a page, a channel, a glossary term, a forum topic or
    post. It carries the audience its source's visibility gives it, so a query filtered by the
    asker's audience cannot return what they may not see.

    On PostgreSQL the table also has `search_vector`, generated from the title, summary, tags
    and text in the entry's language (migration 0003, search.fulltext_postgres); the model does
    not declare it, as SQLite has no tsvector. PostgreSQL refuses to change the type of a
    column it is generated from: drop and recreate it around such a change."""

    key = models.CharField(max_length=80, unique=True, help_text="kind:primary key of the source")
    kind = models.CharField(max_length=30)
    locale = models.CharField(max_length=16)
    audience = models.CharField(max_length=200)
    title = models.CharField(max_length=255)
    summary = models.TextField(blank=True)
    url = models.CharField(max_length=500)
    topic = models.CharField(max_length=20, blank=True)
    tags = models.CharField(max_length=500, blank=True, help_text="Comma-separated.")
    text_en = models.TextField(blank=True)
    text_fr = models.TextField(blank=True)
    text_es = models.TextField(blank=True)
    text_ar = models.TextField(blank=True)
    text_other = models.TextField(blank=True)
    expires_at = models.DateTimeField(default=NEVER)
    digest = models.CharField(max_length=64, help_text="Hash of the content, to find stale rows.")
    updated_at = models.DateTimeField(auto_now=True)

    objects = SearchEntryQuerySet.as_manager()

    search_fields = [
        index.SearchField("title", boost=4, es_extra={"analyzer": "seash_folded"}),
        index.AutocompleteField("title"),
        index.SearchField("summary", boost=2, es_extra={"analyzer": "seash_folded"}),
        index.SearchField("tags", boost=2, es_extra={"analyzer": "seash_folded"}),
        index.SearchField("text_en", es_extra={"analyzer": "seash_english"}),
        index.SearchField("text_fr", es_extra={"analyzer": "seash_french"}),
        index.SearchField("text_es", es_extra={"analyzer": "seash_spanish"}),
        index.SearchField("text_ar", es_extra={"analyzer": "seash_arabic"}),
        index.SearchField("text_other", es_extra={"analyzer": "seash_folded"}),
        index.FilterField("kind"),
        index.FilterField("locale"),
        index.FilterField("audience"),
        index.FilterField("topic"),
        index.FilterField("expires_at"),
        # Each tag as a keyword, for the tag facet and filter on Elasticsearch.
        index.FilterField("tag_list"),
    ]

    class Meta:
        indexes = [models.Index(fields=["audience", "locale"])]
        verbose_name_plural = "search entries"

    def __str__(self):
        return f"{self.kind}: {self.title}"

    @property
    def text(self) -> str:
        return self.text_en or self.text_fr or self.text_es or self.text_ar or self.text_other

    @property
    def tag_list(self) -> list[str]:
        return [tag for tag in self.tags.split(",") if tag]

    def cache_generations(self):
        if self.kind in ("topic", "post"):
            return [generations.FORUM_SEARCH]
        return [generations.SEARCH]


class ZeroResultHits(models.Model):
    """How often a query found nothing, per day: counts only, never who asked."""

    cache_generations = None  # counts for editors

    query = models.ForeignKey(
        "wagtailsearchpromotions.Query", on_delete=models.CASCADE, related_name="zero_result_hits"
    )
    date = models.DateField()
    hits = models.PositiveIntegerField(default=0)

    class Meta:
        unique_together = [("query", "date")]

    def __str__(self):
        return f"{self.query_id} on {self.date}: {self.hits}"
