"""The ethics office enters a quarter through a form that takes only numbers; an editor
approves it before anyone reads it. Bad input gets a clear message and nothing is saved."""

import pytest
from django.urls import reverse
from wagtail.models import Page

from accountability.models import QuarterPage, TransparencyPage
from tests.helpers import client_as

pytestmark = pytest.mark.django_db

GOOD = {
    "title": "2026 Q4",
    "slug": "2026-q4",
    "year": "2026",
    "quarter": "4",
    "leadership_message": "Thank you for speaking up.",
    "received_sea": "6",
    "received_sh": "8",
    "referred": "5",
    "closed_substantiated": "5",
    "closed_unsubstantiated": "6",
    "closed_without_investigation": "1",
    "outcome_separation": "3",
    "outcome_disciplinary": "2",
    "outcome_administrative": "0",
    "outcome_referred_to_authorities": "0",
    "region_africa": "",
    "region_americas": "",
    "region_arab_states": "",
    "region_asia_pacific": "",
    "region_europe": "",
    "median_days_to_close": "80",
    "seo_title": "",
    "search_description": "",
}


def english_page():
    return TransparencyPage.objects.get(locale__language_code="en")


def add_url():
    return reverse(
        "wagtailadmin_pages:add", args=["accountability", "quarterpage", english_page().pk]
    )


def post(users, role="ethics", action="action-submit", **changes):
    return client_as(role, users).post(add_url(), {**GOOD, **changes, action: "1"})


def quarters():
    return QuarterPage.objects.filter(locale__language_code="en").count()


def test_a_submitted_quarter_waits_for_an_editor_then_appears(users):
    before = quarters()
    assert post(users).status_code == 302
    quarter = QuarterPage.objects.get(slug="2026-q4", locale__language_code="en")
    assert quarters() == before + 1
    assert not quarter.live
    assert quarter.workflow_in_progress
    reader = client_as("newhire", users)
    assert "2026 Q4" not in reader.get(english_page().url).content.decode()
    approve = client_as("editor", users).post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[quarter.pk, "approve", quarter.current_workflow_task_state.pk],
        ),
        {"comment": ""},
    )
    assert approve.status_code in (200, 302)
    quarter.refresh_from_db()
    assert quarter.live
    assert "2026 Q4" in reader.get(english_page().url).content.decode()


def test_the_ethics_office_cannot_publish_on_its_own(users):
    post(users, action="action-publish")
    quarter = QuarterPage.objects.get(slug="2026-q4", locale__language_code="en")
    assert not quarter.live


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"received_sea": "-2"}, "greater than or equal to 0"),
        ({"referred": "twelve"}, "Enter a whole number"),
        ({"outcome_separation": "1"}, "The outcomes add up to 3, but 5 cases were substantiated"),
        (
            {
                "region_africa": "10",
                "region_americas": "2",
                "region_arab_states": "0",
                "region_asia_pacific": "0",
                "region_europe": "0",
            },
            "The regions add up to 12, but 14 allegations were received",
        ),
        ({"region_africa": "14"}, "Give every region, or none"),
        ({"quarter": "3", "slug": "again"}, "2026 Q3 has already been entered"),
        ({"quarter": "5"}, "Select a valid choice"),
    ],
    ids=["negative", "words", "outcomes", "regions", "some-regions", "twice", "no-such-quarter"],
)
def test_bad_figures_get_a_clear_message_and_nothing_is_saved(users, changes, message):
    pages_before = Page.objects.count()
    response = post(users, **changes)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert Page.objects.count() == pages_before


def test_only_the_ethics_office_editors_and_admins_reach_the_entry_form(users):
    allowed = {"ethics", "editor", "admin"}
    for role in ("anonymous", "newhire", "focalpoint", "comms", "translator", *allowed):
        status = client_as(role, users).get(add_url()).status_code
        assert (status == 200) is (role in allowed), (role, status)
