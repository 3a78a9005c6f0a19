"""Markup a validator would refuse, found by the Nu HTML Checker on the running site."""

import re

from django.test import Client

from tests.cop.helpers import BASE, topic_titled
from tests.helpers import client_for

# A valid global date and time: seconds at most to three decimals, then Z or an offset.
VALID_DATETIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d{1,3})?)?(Z|[+-]\d\d:?\d\d)$")


def datetimes(html: str) -> list[str]:
    return re.findall(r'<time datetime="([^"]*)"', html)


def test_every_forum_time_is_a_valid_datetime(db, users):
    client = client_for(users["focalpoint"])
    topic = topic_titled("What do you tell a supervisor")
    pages = [BASE, f"{BASE}t/{topic.pk}/"]
    found = [value for url in pages for value in datetimes(client.get(url).content.decode())]
    assert found
    assert [value for value in found if not VALID_DATETIME.match(value)] == []


def test_the_search_form_names_where_it_goes(db):
    html = Client().get("/en/search/?q=report").content.decode()
    assert 'action=""' not in html
    assert 'action="/en/search/"' in html


def test_the_sign_in_page_does_not_link_to_itself(db):
    html = Client().get("/accounts/login/?next=/en/").content.decode()
    assert "?next=/accounts/login/" not in html
    assert "%2Faccounts%2Flogin%2F" not in html
