"""The where-to-go page: the decision helper narrows the channels from GET parameters, offices
override agency-wide channels, bad input shows the full list, and queries stay fixed."""

import re
from html import unescape

import pytest
from django.test import Client
from django.utils.html import escape

from core.snippets import ContactChannel, ContactMethod, Office
from guidance.models import WhereToGoPage
from tests.budgets import assert_within_budget, queries_of


def where_to_go(code="en"):
    return WhereToGoPage.objects.get(locale__language_code=code, alias_of=None)


def channel_names(html, code="en"):
    names = ContactChannel.objects.filter(locale__language_code=code).values_list("name", flat=True)
    return {name for name in names if f">{escape(name)}</h3>" in html}


@pytest.mark.django_db
def test_anonymous_shortcut_lists_only_channels_that_accept_anonymous_reports():
    page = where_to_go("fr")
    html = Client().get(page.url, {"anonymous": "yes"}).content.decode()
    shown = channel_names(html, "fr")
    anonymous = set(
        ContactChannel.objects.filter(
            locale__language_code="fr", accepts_anonymous=True, office=None
        ).values_list("name", flat=True)
    )
    assert shown
    assert shown == anonymous
    # Each channel says whether it is anonymous, confidential, formal or informal, and what next.
    assert "Signalements anonymes acceptés" in html
    assert html.count('class="channel"') == len(shown)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "params",
    [
        {"about": "nonsense"},
        {"anonymous": "<script>alert(1)</script>"},
        {"office": "99999999"},
        {"office": "not-a-number", "route": "x" * 5000},
        {"who": ["witness", "evil"]},
    ],
)
def test_unknown_values_show_the_full_list_not_an_error(params):
    page = where_to_go()
    response = Client().get(page.url, params)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    all_agency_wide = set(
        ContactChannel.objects.filter(locale__language_code="en", office=None).values_list(
            "name", flat=True
        )
    )
    if "who" not in params:
        assert channel_names(html) == all_agency_wide
        assert "was not understood" in html


@pytest.mark.django_db
def test_choosing_an_office_shows_its_contacts_and_its_own_channel_replaces_the_global_one():
    page = where_to_go()
    office_channel = ContactChannel.objects.filter(
        locale__language_code="en", office__isnull=False
    ).first()
    office = office_channel.office
    global_same_kind = ContactChannel.objects.get(
        locale__language_code="en", office=None, kind=office_channel.kind
    )
    html = Client().get(page.url, {"office": office.pk}).content.decode()
    assert f">{escape(office_channel.name)}</h3>" in html
    assert f">{escape(global_same_kind.name)}</h3>" not in html
    for contact in office.contacts.all():
        assert escape(contact.name) in html
    # Without the office, the agency-wide channel is shown instead.
    html = Client().get(page.url).content.decode()
    assert f">{escape(global_same_kind.name)}</h3>" in html


@pytest.mark.django_db
def test_arabic_page_is_right_to_left_and_sensitive():
    response = Client().get(where_to_go("ar").url)
    html = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert response["Referrer-Policy"] == "no-referrer"
    assert "data-quick-exit" in html
    assert '<form method="get"' in html


def _add_channels(count):
    english = ContactChannel.objects.filter(locale__language_code="en").first().locale
    for number in range(count):
        channel = ContactChannel(
            locale=english,
            kind="ethics",
            name=f"Extra channel {number}",
            summary="s",
            formality="informal",
            confidentiality="c",
            next_steps="n",
        )
        channel.contacts = [ContactMethod(method="email", value=f"x{number}@example.org")]
        channel.save()
    Office.objects.create(locale=english, name="Extra office", kind="country")


@pytest.mark.django_db
@pytest.mark.parametrize("params", [{}, {"anonymous": "yes", "about": "sh"}])
def test_query_count_keeps_to_the_budget_and_does_not_grow_with_channels(params):
    client = Client()
    url = where_to_go().url
    client.get(url, params)
    count = queries_of(client, url, **params)
    assert_within_budget("where-to-go:anonymous", count)
    _add_channels(15)
    assert queries_of(client, url, **params) == count


def shown_in_order(html):
    return [unescape(name) for name in re.findall(r'<h3 id="channel-\d+">([^<]*)</h3>', html)]


@pytest.mark.django_db
def test_an_offices_own_focal_point_comes_first_and_the_results_before_the_questions():
    office_channel = ContactChannel.objects.get(
        locale__language_code="en", office__isnull=False, kind="psea_focal_point"
    )
    html = Client().get(where_to_go().url, {"office": office_channel.office_id}).content.decode()
    assert shown_in_order(html)[0] == office_channel.name
    assert html.index('id="results"') < html.index('id="finder"')
    # Nothing answered yet: the questions come first.
    html = Client().get(where_to_go().url).content.decode()
    assert html.index('id="finder"') < html.index('id="results"')


@pytest.mark.django_db
def test_channels_made_for_the_concern_given_come_before_the_general_ones():
    html = Client().get(where_to_go().url, {"about": "sh"}).content.decode()
    covers = dict(
        ContactChannel.objects.filter(locale__language_code="en").values_list("name", "covers")
    )
    shown = [covers[name] for name in shown_in_order(html)]
    assert shown[0] == ContactChannel.SH
    assert shown == sorted(shown, key=lambda covered: covered != ContactChannel.SH)
