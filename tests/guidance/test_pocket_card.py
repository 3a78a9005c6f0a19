"""The pocket card: the where-to-go channels of one office on one A4 page (PDF), in the page's
language, for exactly the readers who may read the page, with no one's name on it."""

import io
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.utils import formats, translation
from django.utils.translation import gettext
from pypdf import PdfReader
from wagtail.models import PageViewRestriction

from core import roles
from core.snippets import ContactChannel, ContactMethod, Office
from guidance.models import WhereToGoPage
from guidance.pocket_card import render_pdf
from tests.helpers import client_for

pytestmark = pytest.mark.django_db
A4_POINTS = (595, 842)


def where_to_go(code="en"):
    return WhereToGoPage.objects.get(locale__language_code=code, alias_of=None)


def office_with_own_channel(code="en") -> Office:
    return Office.objects.filter(locale__language_code=code, channels__isnull=False).first()


def card_url(page, office_id) -> str:
    return page.url + page.reverse_subpage("pocket_card", args=[office_id])


def read_pdf(response) -> tuple[PdfReader, str]:
    reader = PdfReader(io.BytesIO(response.content))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    return reader, text


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("code", ["en", "fr", "es", "ar"])
def test_the_card_is_one_a4_page_with_the_channels_the_page_shows_for_the_office(code):
    page = where_to_go(code)
    office = office_with_own_channel(code)
    response = Client().get(card_url(page, office.pk))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    disposition = response["Content-Disposition"]
    assert disposition.startswith("inline;")
    assert "pocket-card-" in disposition
    assert disposition.rstrip('"').endswith(f"-{code}.pdf")
    reader, text = read_pdf(response)
    assert len(reader.pages) == 1
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert (round(width), round(height)) == A4_POINTS

    # The office's own channel replaces the agency-wide one of its kind, as on the page.
    own = office.channels.get()
    replaced = ContactChannel.objects.get(locale=page.locale, office=None, kind=own.kind)
    shown = ContactChannel.objects.filter(locale=page.locale, office=None).exclude(pk=replaced.pk)
    for channel in [own, *shown]:
        assert flat(channel.name) in text
        assert channel.contacts.get(method="email").value in text
    assert flat(replaced.summary) not in text
    # Office contacts by role and number, never by name.
    for contact in office.contacts.all():
        assert flat(contact.role) in text
        assert contact.email in text
        assert contact.name not in text
    # The same freshness date as the page.
    with translation.override(code):
        checked = formats.date_format(page.last_reviewed, "j F Y")
    # (Arabic text comes out in logical order but a date's parts may not.)
    assert all(part in text for part in checked.split())


def test_the_english_card_says_when_it_was_last_checked_and_names_its_file():
    page = where_to_go()
    response = Client().get(card_url(page, office_with_own_channel().pk))
    date = page.last_reviewed.strftime("%-d %B %Y")
    assert f"Last checked on {date}." in read_pdf(response)[1]
    assert (
        response["Content-Disposition"] == 'inline; filename="pocket-card-country-office-a-en.pdf"'
    )


def test_the_arabic_card_reads_as_arabic_and_its_title_is_neutral_on_a_sensitive_page():
    page = where_to_go("ar")
    assert page.is_sensitive
    office = office_with_own_channel("ar")
    response = Client().get(card_url(page, office.pk))
    reader, text = read_pdf(response)
    # Extracted in logical order, as Arabic letters (not reversed, not missing glyphs).
    assert "كل القنوات" in text
    assert flat(office.channels.get().name) in text
    assert reader.metadata.title == "معلومات"  # "Information", as the page's own <title>
    assert response["Referrer-Policy"] == "no-referrer"


def test_the_where_to_go_page_links_to_the_card_of_the_chosen_office():
    page = where_to_go("fr")
    office = office_with_own_channel("fr")
    html = Client().get(page.url, {"office": office.pk}).content.decode()
    assert f'href="{card_url(page, office.pk)}"' in html
    assert "/card/" not in Client().get(page.url).content.decode()


@pytest.mark.parametrize(("code", "office"), [("en", "unknown"), ("fr", "english")])
def test_an_office_that_is_not_in_the_page_language_is_a_clear_404(code, office):
    page = where_to_go(code)
    office_id = 99999999 if office == "unknown" else office_with_own_channel("en").pk
    response = Client().get(card_url(page, office_id))
    assert response.status_code == 404
    html = response.content.decode()
    with translation.override(code):
        assert gettext("No pocket card for this office") in html
    assert f'href="{page.url}"' in html  # back to the page, to choose an office


def test_a_reader_who_may_not_see_the_page_gets_no_card(users):
    english = where_to_go("en")
    restriction = PageViewRestriction.objects.create(
        page=english, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name=roles.FOCAL_POINTS))
    # Privacy belongs to the content: the French translation's card is kept from them too.
    french = where_to_go("fr")
    url = card_url(french, office_with_own_channel("fr").pk)

    anonymous = Client().get(url)
    assert anonymous.status_code == 302
    assert "/accounts/login/" in anonymous["Location"]
    assert client_for(users["newhire"]).get(url).status_code == 404
    allowed = client_for(users["focalpoint"]).get(url)
    assert allowed.status_code == 200
    assert allowed["Content-Type"] == "application/pdf"


class Recorder(BaseHTTPRequestHandler):
    asked: list[str] = []

    def do_GET(self):  # noqa: N802 - the standard library's name
        Recorder.asked.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "text/css")
        self.end_headers()
        self.wfile.write(b"body { color: red }")

    def log_message(self, *args):
        pass


def test_the_card_renderer_fetches_no_url_and_no_file():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    here = f"http://127.0.0.1:{server.server_port}"
    Recorder.asked = []
    try:
        pdf = render_pdf(
            f'<html><head><link rel="stylesheet" href="{here}/style.css"></head><body>'
            f'<img src="{here}/logo.png"><img src="file:///etc/hostname">'
            f"<p style=\"background: url('{here}/bg.png')\">Card</p></body></html>"
        )
    finally:
        server.shutdown()
        server.server_close()
    assert pdf.startswith(b"%PDF")
    assert Recorder.asked == []


def test_an_office_with_many_more_channels_still_gets_one_page():
    page = where_to_go()
    office = office_with_own_channel()
    extra = []
    for number in range(8):
        channel = ContactChannel(
            locale=page.locale,
            office=office,
            kind="ethics",
            name=f"Local channel number {number}",
            summary="A local way to ask for advice or report a concern, " * 3,
            formality=ContactChannel.INFORMAL,
            confidentiality="c",
            next_steps="n",
            hours="Monday to Friday, office hours, and by appointment outside them.",
        )
        channel.contacts = [ContactMethod(method="email", value=f"local{number}@example.org")]
        channel.save()
        extra.append(channel)
    reader, text = read_pdf(Client().get(card_url(page, office.pk)))
    assert len(reader.pages) == 1
    for number, channel in enumerate(extra):
        assert channel.name in text
        assert f"local{number}@example.org" in text
