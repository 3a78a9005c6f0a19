"""The transparency page as personnel read it: signed in only, every language (Arabic right to
left), a chart drawn on the server with the same figures in tables, and a fixed number of
queries however many quarters there are."""

import re

import pytest

from accountability.models import QuarterPage, TransparencyPage
from tests.accountability import attacker
from tests.budgets import assert_within_budget, queries_of
from tests.helpers import client_as

pytestmark = pytest.mark.django_db


def page_in(code="en"):
    return TransparencyPage.objects.get(locale__language_code=code)


@pytest.mark.parametrize("suffix", ["", "csv/", "chart/", "2026-q3/"])
def test_signed_out_readers_are_asked_to_sign_in(suffix):
    response = client_as("anonymous", {}).get(page_in().url + suffix)
    assert response.status_code == 302
    assert "/login/" in response["Location"]


def test_personnel_read_the_latest_message_the_tables_and_the_chart(users):
    html = client_as("newhire", users).get(page_in().url).content.decode()
    assert "From leadership, 2026 Q3" in html
    assert "Our partners now sign the same commitments we do." in html
    captions = re.findall(r"<caption[^>]*>([^<]+)</caption>", html)
    assert captions[:3] == [
        "Allegations received and referred",
        "Cases closed",
        "Outcomes of substantiated cases",
    ]
    assert f'<img src="{page_in().url}chart/"' in html
    assert f'href="{page_in().url}csv/"' in html
    assert "not shown" in html
    assert "How to read these figures" in html


def test_the_chart_draws_only_the_counts_the_tables_show(users):
    client = client_as("newhire", users)
    response = client.get(page_in().url + "chart/")
    assert response["Content-Type"] == "image/svg+xml"
    svg = response.content.decode()
    drawn = sorted(int(v) for v in re.findall(r'<desc class="value">([^<]*)</desc>', svg))
    seen = attacker.read_csv(client.get(page_in().url + "csv/").content.decode())
    quarters = sorted({p for p, _m in seen if "-Q" in p})[-8:]
    shown = sorted(
        seen[(quarter, measure)]
        for quarter in quarters
        for measure in ("received_sea", "received_sh")
        if seen[(quarter, measure)] is not None
    )
    assert drawn == shown
    # Nothing fetched from another host (pygal's own scripts are turned off).
    assert re.findall(r'(?:href|src)="(?:https?:)?//', svg) == []


def test_the_arabic_page_reads_right_to_left(users):
    html = client_as("newhire", users).get(page_in("ar").url).content.decode()
    assert 'dir="rtl"' in html
    assert "أرقام الحالات" in html


def test_queries_keep_to_the_budget_and_do_not_grow_with_quarters(users):
    client = client_as("newhire", users)
    url = page_in().url
    count = queries_of(client, url)
    assert_within_budget("transparency:newhire", count)
    page = page_in()
    for year in (2020, 2021):
        for quarter in range(1, 5):
            added = QuarterPage(
                title=f"{year} Q{quarter}",
                slug=f"{year}-q{quarter}",
                year=year,
                quarter=quarter,
                leadership_message="m",
                received_sh=6,
                region_africa=6,
                region_americas=0,
                region_arab_states=0,
                region_asia_pacific=0,
                region_europe=0,
            )
            page.add_child(instance=added)
            added.save_revision().publish()
    assert queries_of(client, url) == count
