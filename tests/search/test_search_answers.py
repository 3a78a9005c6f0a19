"""What one search costs and what its answer holds: one request to Elasticsearch, counts over
every match the reader may see (and nothing else), any language on request, marked and escaped
snippets (the full-text index serving the match: test_languages)."""

import pytest
from django.core.cache import cache
from django.test import Client

from search.models import SearchEntry


@pytest.fixture(autouse=True)
def fresh_audience_cache():
    cache.delete("search:audiences")


def add_entries(refresh, word, count, **fields):
    """`count` English entries about `word` (public unless told), indexed in bulk."""
    made = SearchEntry.objects.bulk_create(
        SearchEntry(
            key=f"test:{word}:{number}",
            kind=fields.get("kind") or ("guidance" if number % 2 else "resource"),
            locale="en",
            audience=fields.get("audience", "public"),
            title=f"{word.capitalize()} item {number}",
            url=f"/en/{word}/{number}/",
            tags="quokkatag" if number % 4 == 0 else "",
            text_en=fields.get("text_en", f"Notes on {word}, number {number}."),
            digest="test",
        )
        for number in range(count)
    )
    refresh.engine.add_bulk(SearchEntry, made)
    refresh()


def results_for(client, **params):
    response = client.get("/en/search/", params)
    assert response.status_code == 200
    return response.context["results"]


@pytest.mark.elasticsearch
def test_a_search_is_one_request_to_elasticsearch(elasticsearch_requests):
    results = results_for(Client(), q="report harassment")
    assert not results.degraded
    assert results.hits
    assert results.facets["kind"]
    assert "<mark>" in "".join(hit.snippet for hit in results.hits)
    assert len(elasticsearch_requests.requests) == 1, elasticsearch_requests.requests
    _, path = elasticsearch_requests.requests[0]
    assert path.split("?")[0].endswith("/_search")


def test_counts_cover_every_match_the_reader_may_see(backend, users):
    add_entries(backend, "quokkacount", 560)
    add_entries(backend, "quokkacount-private", 1, kind="post", audience="signed_in")

    anonymous = results_for(Client(), q="quokkacount")
    assert not anonymous.degraded
    assert anonymous.total == 560
    assert dict(anonymous.facets["kind"]) == {"guidance": 280, "resource": 280}
    assert dict(anonymous.facets["tag"]) == {"quokkatag": 140}

    signed_in = Client()
    signed_in.force_login(users["newhire"])
    results = results_for(signed_in, q="quokkacount")
    assert results.total == 561
    assert dict(results.facets["kind"])["post"] == 1

    tagged = results_for(Client(), q="quokkacount", tag="quokkatag")
    assert tagged.total == 140
    assert all("quokkatag" in hit.entry.tag_list for hit in tagged.hits)


def test_choosing_another_language_shows_its_results(backend):
    results = results_for(Client(), q="harcèlement", locale="fr")
    assert not results.degraded
    assert results.hits
    assert all(hit.entry.locale == "fr" and hit.other_language for hit in results.hits)


def test_a_page_past_the_last_shows_the_last(backend):
    add_entries(backend, "quokkapage", 30)
    results = results_for(Client(), q="quokkapage", page="7")
    assert (results.page, results.pages, len(results.hits)) == (2, 2, 10)


def test_snippets_mark_the_words_and_escape_the_text(backend):
    text = "Quokkasnip: never paste <script>alert(1)</script> into a form."
    add_entries(backend, "quokkasnip", 1, text_en=text)
    response = Client().get("/en/search/", {"q": "quokkasnip"})
    assert not response.context["results"].degraded
    html = response.content.decode()
    assert "<mark>Quokkasnip</mark>" in html
    assert "&lt;script&gt;alert(1)" in html
    assert "<script>alert(1)" not in html
