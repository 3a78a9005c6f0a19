"""Each language searched as that language: stemmed words, the Arabic article, the reader's
language first, and a summary shown once; on PostgreSQL, a match the language index serves."""

import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.utils.html import strip_tags

from core.visibility.audience import PUBLIC
from search import database
from search.models import SearchEntry
from search.providers import EntryData
from search.ranking import Ask


@pytest.fixture(autouse=True)
def fresh_audience_cache():
    cache.delete("search:audiences")


@pytest.fixture(autouse=True)
def server_default_simple(db):
    """A PostgreSQL server initialised under the C locale has `simple` as its default text
    search configuration (ours has `english`): the site's search must not depend on it."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL default_text_search_config = 'pg_catalog.simple'")


def add(refresh, name, locale, title, text, summary=""):
    """One entry, shaped as the providers shape them, indexed by the backend under test."""
    data = EntryData(
        kind="guidance",
        locale=locale,
        audience=PUBLIC,
        title=title,
        url=f"/{locale}/{name}/",
        summary=summary,
        text=text,
    )
    [entry] = SearchEntry.objects.bulk_create([SearchEntry(key=f"test:{name}", **data.fields())])
    refresh.engine.add(entry)
    refresh()
    return entry


def hits(language, query):
    response = Client().get(f"/{language}/search/", {"q": query})
    assert response.status_code == 200
    assert not response.context["results"].degraded
    return response.context["results"].hits


def test_a_word_finds_the_title_with_its_plural(backend):
    add(backend, "campaigns", "en", "Campaigns for a safe workplace", "Posters for every office.")
    assert "test:campaigns" in [hit.entry.key for hit in hits("en", "campaign")]


def test_an_arabic_word_finds_the_same_page_with_or_without_its_article(backend):
    add(backend, "harassment-ar", "ar", "سياسة مكافحة التحرش", "التحرش في مكان العمل ممنوع.")
    with_article = [hit.entry.key for hit in hits("ar", "التحرش")]
    without_article = [hit.entry.key for hit in hits("ar", "تحرش")]
    assert "test:harassment-ar" in with_article
    assert "test:harassment-ar" in without_article


def test_an_english_search_lists_english_entries_before_a_spanish_one_with_the_same_words(
    backend,
):
    # The Spanish entry quotes the query's very word, often and in its title: it would win on
    # relevance alone, and it is the only match when English words are not stemmed.
    add(backend, "quokka-es", "es", "Quokkathons 2027", "Quokkathons: quokkathons en cada oficina.")
    for number in range(3):
        add(backend, f"quokka-en-{number}", "en", f"Notes {number}", "How a quokkathon runs.")
    locales = [hit.entry.locale for hit in hits("en", "quokkathons")]
    assert locales == ["en", "en", "en", "es"]


def test_a_result_shows_its_summary_once_and_a_snippet_from_the_rest(backend):
    summary = "A quokkanote is a confidential note to the ombudsman."
    rest = "Ask your focal point for a quokkanote form."
    add(backend, "quokkanote", "en", "Quokkanote", f"{summary} {rest}", summary=summary)
    # A glossary term's text is its summary: nothing is left to show beside it.
    term = "Quokkaterm: a quokkanote kept for a year."
    add(backend, "quokkaterm", "en", "Quokkaterm", term, summary=term)

    response = Client().get("/en/search/", {"q": "quokkanote"})
    shown = " ".join(strip_tags(response.content.decode()).split())
    assert shown.count(summary) == 1
    assert shown.count(rest) == 1
    assert shown.count(term) == 1
    by_key = {hit.entry.key: hit for hit in response.context["results"].hits}
    assert not by_key["test:quokkaterm"].snippet
    assert "<mark>quokkanote</mark>" in by_key["test:quokkanote"].snippet


@pytest.mark.django_db
def test_on_postgresql_the_language_index_serves_the_match():
    if connection.vendor != "postgresql":
        pytest.skip("the language index is PostgreSQL's (CI runs on PostgreSQL)")
    filler = [
        EntryData(
            kind="resource",
            locale=("en", "fr", "es", "ar", "ru")[number % 5],
            audience=PUBLIC,
            title=f"Filler {number}",
            url=f"/filler/{number}/",
            text=f"Workplace notes number {number}.",
        )
        for number in range(2000)
    ]
    SearchEntry.objects.bulk_create(
        SearchEntry(key=f"test:filler:{number}", **data.fields())
        for number, data in enumerate(filler)
    )
    ask = Ask(query="campaign harcèlement", language="en", tokens=[PUBLIC], filters={})
    matched, _ = database.matches(ask, SearchEntry.objects.filter(audience=PUBLIC))
    with connection.cursor() as cursor:
        cursor.execute(f'ANALYZE "{SearchEntry._meta.db_table}"')
    plan = matched.explain()
    assert re.search(r"Bitmap Index Scan on sitesearch_searchentry_search_vector_gin", plan), plan
