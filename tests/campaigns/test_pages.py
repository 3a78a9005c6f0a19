"""Campaign pages for readers: signed-in only, never an ended or scheduled phase, reach counted
without the reader, and a fixed number of queries whatever the number of phases."""

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone
from wagtail.models import Locale

from campaigns.factories import demo_campaign, make_phase
from campaigns.models import CampaignIndexPage, PhasePage, PhaseReach
from campaigns.reach import reach_table
from tests.budgets import assert_within_budget, queries_of
from tests.helpers import client_for

pytestmark = pytest.mark.django_db
LOCALES = ["en", "fr", "es", "ar"]


def phase(number, code="en"):
    return PhasePage.objects.get(
        locale=Locale.objects.get(language_code=code), number=number, alias_of=None
    )


@pytest.mark.parametrize("code", LOCALES)
def test_signed_in_reader_sees_campaign_and_live_phase_in_each_language(users, code):
    client = client_for(users["newhire"])
    index = CampaignIndexPage.objects.get(locale__language_code=code)
    html = client.get(index.url).content.decode()
    campaign = demo_campaign().get_translation(Locale.objects.get(language_code=code))
    assert campaign.title.replace("'", "&#x27;") in html
    response = client.get(campaign.url)
    assert response.status_code == 200
    html = response.content.decode()
    live = phase(2, code)
    assert live.title.replace("'", "&#x27;") in html
    assert "<table" in html
    assert "<svg" in html
    # The ended and the scheduled phases are not shown.
    for number in (1, 3, 4):
        assert phase(number, code).title.replace("'", "&#x27;") not in html
    assert client.get(live.url).status_code == 200
    for number in (1, 3, 4):
        assert client.get(phase(number, code).url).status_code == 404


def test_anonymous_readers_are_sent_to_sign_in():
    for page in (demo_campaign(), phase(2)):
        response = Client().get(page.url)
        assert response.status_code == 302
        assert "/login/" in response["Location"]


def test_arabic_timeline_runs_right_to_left(users):
    make_phase(30, timezone.now() - timedelta(hours=1), timezone.now() + timedelta(days=40))
    html = client_for(users["newhire"]).get(
        demo_campaign().get_translation(Locale.objects.get(language_code="ar")).url
    )
    text = html.content.decode()
    assert 'dir="rtl"' in text
    # The phase that started first is drawn further right.
    timeline = text.split('class="timeline-svg"')[1].split("</svg>")[0]
    assert 'class="bar bar-phase" x="0.0%"' not in timeline.split("<rect")[1]


def test_reach_counts_views_by_channel_and_hides_small_numbers(users):
    live = phase(2)
    client = client_for(users["newhire"])
    for _ in range(5):
        client.get(live.url + "?via=email")
    client.get(phase(2, "fr").url + "?via=yammer")
    client.get(live.url + "?via=<script>")
    totals = reach_table([live.translation_key])[live.translation_key]
    assert totals["email"] == "5"
    assert totals["yammer"] == "fewer than 5"
    assert totals["intranet"] == "fewer than 5"
    assert PhaseReach.objects.get(phase_key=live.translation_key, channel="intranet").views == 1
    assert not PhaseReach._meta.get_fields() or "user" not in {
        f.name for f in PhaseReach._meta.get_fields()
    }


def _add_live_phases(count):
    now = timezone.now()
    for number in range(count):
        make_phase(40 + number, now - timedelta(hours=1), now + timedelta(days=30), translate=())


# Pinned per page type; the same after eight more live phases are added.
# The page type of each kind in tests/budgets.py.
PAGE_TYPES = {"campaign": "campaign", "phase": "phase", "index": "campaign-index"}


@pytest.mark.page_cache_off
@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_queries_keep_to_the_budget_and_do_not_grow_with_phases(kind, users):
    urls = {
        "campaign": demo_campaign().url,
        "phase": phase(2).url,
        "index": CampaignIndexPage.objects.get(locale__language_code="en").url,
    }
    client = client_for(users["newhire"])
    client.get(urls[kind])
    count = queries_of(client, urls[kind])
    assert_within_budget(f"{PAGE_TYPES[kind]}:newhire", count)
    _add_live_phases(8)
    client.get(urls[kind])
    assert queries_of(client, urls[kind]) == count
