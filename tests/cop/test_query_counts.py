"""Forum pages render with a fixed number of queries, whatever the number of posts or topics."""

import pytest

from cop import factories
from cop.models import Topic
from tests.budgets import assert_within_budget, queries_of
from tests.cop.helpers import BASE, category, topic_titled
from tests.helpers import client_for

# Query counts measure a render: with TEST_PAGE_CACHE the cache stays off for them.
pytestmark = pytest.mark.page_cache_off


@pytest.fixture
def long_topic(users):
    topic = topic_titled("What do you tell a supervisor")
    factories.many_replies(topic, [users["focalpoint"], users["moderator"]], 1000)
    return Topic.objects.get(pk=topic.pk)


@pytest.mark.django_db
def test_a_topic_with_1000_replies_renders_page_by_page_with_the_same_queries(long_topic, users):
    client = client_for(users["demo-omar"])
    client.get(f"{BASE}t/{long_topic.pk}/")  # warm caches, create the read state
    pages = [1, 2, 26, 51]
    for number in pages:
        client.get(f"{BASE}t/{long_topic.pk}/?page={number}")
    counts = set()
    for number in pages:
        counts.add(queries_of(client, f"{BASE}t/{long_topic.pk}/?page={number}"))
        response = client.get(f"{BASE}t/{long_topic.pk}/?page={number}")
        assert response.context["posts"].number == number
        assert len(response.context["posts"].object_list) == (2 if number == 51 else 20)
    assert len(counts) == 1
    assert_within_budget("topic:member", counts.pop())
    assert client.get(f"{BASE}t/{long_topic.pk}/?page=52").status_code == 404


@pytest.mark.django_db
def test_jump_to_first_unread_lands_on_the_right_page(long_topic, users):
    client = client_for(users["demo-omar"])
    client.get(f"{BASE}t/{long_topic.pk}/?page=3")
    response = client.get(f"{BASE}t/{long_topic.pk}/unread/")
    assert response.status_code == 302
    assert "?page=4#post-" in response["Location"]


def _add_topics(users, count):
    for number in range(count):
        factories.topic(category("americas"), users["focalpoint"], f"Extra topic {number}", "Body.")


@pytest.mark.django_db
@pytest.mark.parametrize(("path", "page_type"), [("", "forum-index"), ("c/americas/", "category")])
def test_index_and_category_keep_to_the_budget_and_do_not_grow_with_topics(path, page_type, users):
    client = client_for(users["focalpoint"])
    client.get(BASE + path)
    count = queries_of(client, BASE + path)
    assert_within_budget(f"{page_type}:focalpoint", count)
    _add_topics(users, 40)
    client.get(BASE + path)
    assert queries_of(client, BASE + path) == count
