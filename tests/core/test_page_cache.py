"""Public pages for readers who are not signed in are answered from the cache, and a change
to the content is visible at once. Signed-in readers and restricted pages never are."""

import pytest
from django.test import Client

from guidance.models import PolicySummaryPage, WhereToGoPage

pytestmark = pytest.mark.usefixtures("page_cache_on")


def policy(code="en"):
    return PolicySummaryPage.objects.get(locale__language_code=code, slug="harassment-policy")


@pytest.mark.django_db
def test_second_anonymous_read_costs_no_query(django_assert_num_queries):
    url = policy().url
    first = Client().get(url)
    with django_assert_num_queries(0):
        second = Client().get(url)
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert second["Content-Language"] == "en"
    assert second["X-Frame-Options"] == "DENY"


@pytest.mark.django_db
def test_publishing_shows_at_once():
    page = policy()
    Client().get(page.url)
    page.summary = "A brand new summary."
    page.save_revision().publish()
    response = Client().get(page.url)
    assert "A brand new summary." in response.content.decode()
    assert "X-Page-Cache" not in response


@pytest.mark.django_db
def test_query_strings_are_part_of_the_key():
    url = WhereToGoPage.objects.get(locale__language_code="en", alias_of=None).url
    everything = Client().get(url).content
    anonymous_only = Client().get(url, {"anonymous": "yes"})
    assert anonymous_only.content != everything


@pytest.mark.django_db
def test_signed_in_readers_are_never_served_from_the_cache(users):
    url = policy().url
    Client().get(url)
    client = Client()
    client.force_login(users["newhire"])
    response = client.get(url)
    assert "X-Page-Cache" not in response


@pytest.mark.django_db
def test_restricted_pages_are_never_stored(users):
    client = Client()
    client.force_login(users["focalpoint"])
    kit = client.get("/en/toolkit/focal-point-kit/")
    assert kit.status_code == 200
    anonymous = Client().get("/en/toolkit/focal-point-kit/")
    assert anonymous.status_code == 302
    assert "X-Page-Cache" not in anonymous


@pytest.mark.django_db
def test_a_stored_page_gets_the_new_responses_nonce():
    url = WhereToGoPage.objects.get(locale__language_code="en", alias_of=None).url
    first = Client().get(url)
    second = Client().get(url)
    assert second["X-Page-Cache"] == "hit"
    header = second["Content-Security-Policy"]
    nonce = header.split("'nonce-")[1].split("'")[0]
    assert f'nonce="{nonce}"' in second.content.decode()
    old = first["Content-Security-Policy"].split("'nonce-")[1].split("'")[0]
    assert old != nonce


@pytest.mark.django_db
def test_a_page_stored_before_a_change_is_committed_is_dropped_at_the_commit(
    django_capture_on_commit_callbacks,
):
    """Another request may render the old content after the save, before the commit."""
    page = policy()
    with django_capture_on_commit_callbacks() as committed:
        page.summary = "Changed, not yet committed."
        page.save_revision().publish()
        Client().get(page.url)  # stored while the change is still uncommitted
        assert Client().get(page.url)["X-Page-Cache"] == "hit"
    for callback in committed:
        callback()
    assert "X-Page-Cache" not in Client().get(page.url)


def test_a_model_that_does_not_say_what_it_invalidates_fails_the_checks(monkeypatch):
    from core.page_cache.checks import models_declare_generations
    from toolkit.models import Region

    assert not models_declare_generations()
    monkeypatch.delattr(Region, "cache_generations")
    errors = models_declare_generations()
    assert [(error.id, error.obj) for error in errors] == [("core.E010", Region)]
