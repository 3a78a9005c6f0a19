"""The toolkit listing: filters with counts, sorting, pages, bookmarkable GET URLs, bad
parameters ignored, and the same number of queries whatever the number of resources."""

import re

import pytest

from tests.budgets import assert_within_budget, queries_of
from tests.helpers import client_as
from tests.toolkit.helpers import KIT_SLUG, add_resources, toolkit_index
from toolkit.listing import PER_PAGE
from toolkit.models import ToolkitIndexPage


def listing(client, query=""):
    response = client.get(toolkit_index().url + query)
    assert response.status_code == 200
    return response.context["listing"]


def facet(result, name):
    return {c.value: c for f in result.facets if f.name == name for c in f.choices}


@pytest.mark.django_db
def test_focal_point_finds_the_arabic_sh_training_package(users):
    client = client_as("focalpoint", users)
    result = listing(client, "?type=training_package&language=ar&topic=sh")
    slugs = [item.page.slug for item in result.items]
    assert KIT_SLUG in slugs
    for item in result.items:
        assert item.page.resource_type == "training_package"
        assert item.page.topic in ("sh", "both")
        assert any(f.language == "ar" for f in item.files)
    assert result.total == len(slugs)


@pytest.mark.django_db
def test_counts_per_choice_apply_the_other_filters(users):
    client = client_as("focalpoint", users)
    everything = listing(client)
    types = facet(everything, "type")
    assert sum(c.count for c in types.values()) == everything.total
    assert {
        "template",
        "training_package",
        "guidance_note",
        "case_scenario",
        "poster",
        "video_link",
        "checklist",
    } <= set(types)
    narrowed = listing(client, "?type=training_package")
    # The type counts ignore the type filter itself; the other counts follow it.
    assert facet(narrowed, "type")["template"].count == types["template"].count
    assert facet(narrowed, "type")["training_package"].selected
    assert sum(c.count for c in facet(narrowed, "topic").values() if c.value != "both") >= (
        narrowed.total
    )
    languages = facet(narrowed, "language")
    assert languages["ar"].count == len(
        [i for i in narrowed.items if any(f.language == "ar" for f in i.files)]
    )


@pytest.mark.django_db
def test_new_hire_counts_never_include_kit_resources(users):
    newhire = listing(client_as("newhire", users))
    focal = listing(client_as("focalpoint", users))
    assert newhire.total < focal.total
    kit = ToolkitIndexPage.objects.get(slug="focal-point-kit", locale__language_code="en")
    kit_count = kit.get_children().live().count()
    assert newhire.total == focal.total - kit_count


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("sort", "key", "reverse"),
    [
        ("title", lambda p: p.title, False),
        ("reviewed", lambda p: p.last_reviewed, True),
        ("newest", lambda p: p.first_published_at, True),
    ],
)
def test_sorting(sort, key, reverse, users):
    result = listing(client_as("focalpoint", users), f"?sort={sort}")
    pages = [item.page for item in result.items]
    assert pages == sorted(pages, key=key, reverse=reverse)
    assert result.sort == sort


@pytest.mark.django_db
def test_pages_keep_the_filters_in_their_links(users):
    client = client_as("focalpoint", users)
    first = listing(client, "?topic=sh&topic=sea&sort=title")
    assert first.total > PER_PAGE
    html = client.get(toolkit_index().url + "?topic=sh&topic=sea&sort=title").content.decode()
    next_link = re.search(r'rel="next" href="\?([^"]+)"', html).group(1).replace("&amp;", "&")
    assert next_link == "topic=sea&topic=sh&sort=title&page=2" or next_link == (
        "topic=sh&topic=sea&sort=title&page=2"
    )
    second = listing(client, "?" + next_link)
    assert second.page.number == 2
    seen = {i.page.pk for i in first.items} | {i.page.pk for i in second.items}
    assert len(seen) == first.total


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        "?type=nonsense",
        "?topic=<script>",
        "?language=xx&language=",
        "?region=../../etc&tag=%00",
        "?sort=drop table",
        "?page=-1",
        "?page=99999",
        "?page=abc",
        "?" + "&".join(f"tag=t{n}" for n in range(500)),
    ],
)
def test_bad_parameters_are_ignored_never_an_error(query, users):
    result = listing(client_as("focalpoint", users), query)
    assert result.page.number >= 1


@pytest.mark.django_db
def test_the_listing_works_and_reads_in_arabic(users):
    response = client_as("focalpoint", users).get(toolkit_index("ar").url + "?language=ar")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="ar" dir="rtl">' in html
    assert response.context["listing"].total >= 1


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["newhire", "focalpoint"])
@pytest.mark.parametrize("query", ["", "?type=checklist&topic=sh&language=en&sort=title"])
def test_queries_keep_to_the_budget_and_do_not_grow_with_resources(role, query, users):
    client = client_as(role, users)
    url = toolkit_index().url + query
    client.get(url)
    count = queries_of(client, url)
    assert_within_budget(f"toolkit-listing:{role}", count)
    kit = ToolkitIndexPage.objects.get(slug="focal-point-kit", locale__language_code="en")
    add_resources(toolkit_index(), 30)
    add_resources(kit, 15, prefix="kit-extra")
    client.get(url)
    assert queries_of(client, url) == count
    assert client.get(url).context["listing"].total >= 30
