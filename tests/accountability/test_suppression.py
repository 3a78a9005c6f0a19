"""Small numbers stay hidden against differencing: totals, the other breakdown, a year minus
its quarters, two downloads before and after a new quarter, and the CSV against the page."""

import random
import re

import pytest

from accountability import figures, suppression
from accountability.models import QuarterPage, TransparencyPage
from tests.accountability import attacker
from tests.helpers import client_as

pytestmark = pytest.mark.django_db


def transparency_page():
    return TransparencyPage.objects.get(locale__language_code="en")


def download(client):
    response = client.get(transparency_page().url + "csv/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    return attacker.read_csv(response.content.decode())


def small_values_of_published_quarters():
    """(period, measure) of every count from 1 to 4 in the published quarters."""
    small = set()
    for quarter in QuarterPage.objects.live().filter(locale__language_code="en"):
        period = f"{quarter.year}-Q{quarter.quarter}"
        for name, value in quarter.counts().items():
            if name in figures.COUNTS and value is not None and 0 < value < 5:
                small.add((period, name))
    return small


def test_the_demo_download_hides_every_small_count_and_none_can_be_worked_out(users):
    seen = download(client_as("newhire", users))
    small = small_values_of_published_quarters()
    assert small, "the demo has small numbers to hide"
    assert all(seen[cell] is None for cell in small)
    assert "2025" in {period for period, _m in seen}, "a whole year is published"
    assert attacker.worked_out(seen) == set()


def test_the_page_shows_the_same_cells_as_the_download(users):
    client = client_as("newhire", users)
    seen = download(client)
    html = client.get(transparency_page().url).content.decode()
    table = html[html.index('id="received-table"') :]
    table = table[: table.index("</table>")]
    header = re.findall(r'<th scope="col">([^<]+)</th>', table)[1:]
    periods = [label.replace(" Q", "-Q") for label in header]
    row = re.search(r'<th scope="row">Sexual harassment</th>(.*?)</tr>', table).group(1)
    cells = re.findall(r'<td class="number">(.*?)</td>', row)
    on_page = [None if "not shown" in cell else int(cell) for cell in cells]
    assert on_page == [seen[(period, "received_sh")] for period in periods]
    assert None in on_page


def test_a_new_quarter_changes_no_earlier_quarter_and_two_downloads_give_nothing_away(users):
    client = client_as("newhire", users)
    before = download(client)
    page = transparency_page()
    fourth = QuarterPage(
        title="2026 Q4",
        slug="2026-q4",
        year=2026,
        quarter=4,
        leadership_message="Thank you.",
        received_sea=3,
        received_sh=9,
        referred=4,
        closed_substantiated=6,
        closed_unsubstantiated=2,
        closed_without_investigation=7,
        outcome_separation=6,
        region_africa=12,
        region_americas=0,
        region_arab_states=0,
        region_asia_pacific=0,
        region_europe=0,
        median_days_to_close=70,
    )
    page.add_child(instance=fourth)
    fourth.save_revision().publish()
    after = download(client)
    assert "2026" in {period for period, _m in after}, "2026 is now a whole year"
    for cell, value in before.items():
        assert after[cell] == value, cell
    assert after[("2026-Q4", "received_sea")] is None
    assert attacker.worked_out(attacker.combine(before, after)) == set()


def test_a_region_breakdown_with_a_small_count_is_not_shown_at_all(users):
    seen = download(client_as("newhire", users))
    # 2024 Q4 has 3, 2, 3 and 2 in its regions.
    assert all(seen[("2024-Q4", name)] is None for name in figures.REGIONS)
    # 2025 Q2 has none under 5: shown whole.
    assert all(seen[("2025-Q2", name)] is not None for name in figures.REGIONS)


def _random_quarter(rng):
    small = lambda: rng.choice([0, 0, 1, 2, 3, 4, 5, 6, 7, 9, 12, 20])  # noqa: E731
    entered = {name: small() for name in figures.ENTERED if name not in figures.OUTCOMES}
    substantiated = entered["closed_substantiated"]
    cuts = sorted(rng.randint(0, substantiated) for _ in range(3))
    outcomes = [b - a for a, b in zip([0, *cuts], [*cuts, substantiated], strict=True)]
    entered.update(zip(figures.OUTCOMES, outcomes, strict=True))
    total = entered["received_sea"] + entered["received_sh"]
    if rng.random() < 0.3:
        for name in figures.REGIONS:
            entered[name] = None
    else:
        cuts = sorted(rng.randint(0, total) for _ in range(4))
        regions = [b - a for a, b in zip([0, *cuts], [*cuts, total], strict=True)]
        entered.update(zip(figures.REGIONS, regions, strict=True))
    assert figures.breakdown_errors(entered) == {}
    return figures.with_totals(entered)


@pytest.mark.parametrize("seed", range(4))
def test_random_quarters_hide_small_counts_and_nothing_follows_from_the_rest(seed):
    rng = random.Random(seed)  # noqa: S311 - reproducible test data
    for _ in range(150):
        counts = _random_quarter(rng)
        hidden = suppression.quarter_hidden(counts)
        published = {
            ("2030-Q1", name): None if name in hidden else counts[name]
            for name in figures.COUNTS
            if counts[name] is not None
        }
        assert all(
            published[("2030-Q1", name)] is None
            for name, value in counts.items()
            if name in figures.COUNTS and value is not None and 0 < value < 5
        ), counts
        regions = [published.get(("2030-Q1", name)) for name in figures.REGIONS]
        assert all(r is None for r in regions) or all(r is not None for r in regions)
        assert attacker.worked_out(published) == set(), counts
