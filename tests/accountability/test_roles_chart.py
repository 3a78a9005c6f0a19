"""The roles chart: every signed-in person sees who does what, as a diagram drawn on the
server, as an outline and on one printed A4 page, in every language; each role has its page,
and each channel on the where-to-go page links back to the role that runs it."""

import re

import pytest
from django.utils import timezone
from django.utils.formats import date_format
from wagtail.models import Page

from accountability.models import RolePage, RolesChartPage
from guidance.models import WhereToGoPage
from tests.budgets import assert_within_budget, queries_of
from tests.guidance.test_pocket_card import read_pdf
from tests.helpers import client_as

pytestmark = pytest.mark.django_db


def chart_in(code="en"):
    return RolesChartPage.objects.get(locale__language_code=code)


def role(slug, code="en"):
    return RolePage.objects.get(slug=slug, locale__language_code=code, alias_of=None)


@pytest.mark.parametrize("suffix", ["", "diagram/", "print/", "psea-coordinator/"])
def test_signed_out_readers_are_asked_to_sign_in(suffix):
    response = client_as("anonymous", {}).get(chart_in().url + suffix)
    assert response.status_code == 302
    assert "/login/" in response["Location"]


def test_the_outline_nests_each_role_under_the_role_it_reports_to(users):
    html = client_as("newhire", users).get(chart_in().url).content.decode()
    outline = html[html.index('<ul class="outline">') :]
    titles = re.findall(
        r'<a href="[^"]+">([^<]+)</a>|(<ul>|</ul>)', outline[: outline.index("</section>")]
    )
    flat = [title or marker for title, marker in titles]
    director = flat.index("Executive Director")
    hr = flat.index("Director of Human Resources")
    coordinator = flat.index("PSEA Coordinator")
    focal = flat.index("Focal points for PSEA and sexual harassment")
    assert director < hr < coordinator < focal
    # Each step down opens one more list.
    depth = lambda i: flat[:i].count("<ul>") - flat[:i].count("</ul>")  # noqa: E731
    assert depth(hr) == depth(director) + 1
    assert depth(focal) == depth(coordinator) + 1
    assert f'<img src="{chart_in().url}diagram/"' in html
    assert "Last changed on" in html


@pytest.mark.parametrize("code", ["en", "ar"])
def test_the_diagram_is_drawn_on_the_server_in_the_readers_language(users, code):
    response = client_as("newhire", users).get(chart_in(code).url + "diagram/")
    assert response["Content-Type"] == "image/svg+xml"
    svg = response.content.decode()
    for page in RolePage.objects.filter(locale__language_code=code, alias_of=None):
        assert page.title in svg.replace("&#45;", "-")
    assert re.findall(r'(?:href|src)="(?:https?:)?//', svg) == []


@pytest.mark.parametrize("code", ["en", "ar"])
def test_the_chart_prints_on_one_a4_page(users, code):
    response = client_as("newhire", users).get(chart_in(code).url + "print/")
    assert response["Content-Type"] == "application/pdf"
    reader, text = read_pdf(response)
    assert len(reader.pages) == 1
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert (round(width), round(height)) == (595, 842)
    assert role("psea-coordinator", code).title.split()[0] in text


def test_a_role_page_says_what_it_does_how_to_reach_it_and_who_holds_it(users):
    html = client_as("newhire", users).get(role("psea-coordinator").url).content.decode()
    assert "Leads the network of focal points" in html
    assert "Prevention" in html
    assert "By e-mail, or through the focal point in your office." in html
    assert f'href="{role("hr-director").url}"' in html  # reports to
    assert "Alex Sample" in html  # from the headquarters' listed contacts
    assert "Channels this role runs" in html


def test_each_channel_links_back_to_its_role_for_people_who_may_see_the_chart(users):
    where = WhereToGoPage.objects.live().get(locale__language_code="en", alias_of=None)
    coordinator = role("psea-coordinator")
    signed_in = client_as("newhire", users).get(where.url).content.decode()
    assert f'<a href="{coordinator.url}">{coordinator.title}</a>' in signed_in
    signed_out = client_as("anonymous", {}).get(where.url).content.decode()
    assert "Run by" not in signed_out
    assert coordinator.title not in signed_out


def test_a_published_change_dates_the_chart(users):
    page = role("staff-counsellor")
    Page.objects.filter(pk=chart_in().pk).update(
        last_published_at=timezone.now().replace(year=2020)
    )
    page.summary = "Supports the person affected, before, during and after a report."
    page.save_revision().publish()
    html = client_as("newhire", users).get(chart_in().url).content.decode()
    assert f"Last changed on {date_format(timezone.localdate(), 'DATE_FORMAT')}." in html


def test_queries_keep_to_the_budget_and_do_not_grow_with_roles(users):
    client = client_as("newhire", users)
    count = queries_of(client, chart_in().url)
    assert_within_budget("roles-chart:newhire", count)
    boss = role("hr-director")
    for number in range(5):
        extra = RolePage(
            title=f"Extra role {number}",
            slug=f"extra-{number}",
            unit="Unit",
            summary="s",
            how_to_reach="r",
            responsibilities=["training"],
            reports_to=boss,
        )
        chart_in().add_child(instance=extra)
        extra.save_revision().publish()
    assert queries_of(client, chart_in().url) == count
