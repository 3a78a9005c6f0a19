"""The pocket card: the where-to-go channels of one office on one printable A4 page (PDF).

It is a route of the where-to-go page (WhereToGoPage.pocket_card), so Wagtail's routing and the
visibility hooks decide who gets it exactly as for the page itself. It shows what the page shows
the same reader for that office (ChannelFinder), minus people's names: office contacts appear by
role, e-mail and phone only.
"""

from __future__ import annotations

from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.http import content_disposition_header
from django.utils.text import slugify
from weasyprint import HTML, Document
from weasyprint.urls import URLFetcher

from guidance.channels import ChannelFinder


class FetchNothing(URLFetcher):
    """The card carries its styles inline and uses system fonts: WeasyPrint may load no URL at
    all (no other host, no local file), whatever a channel's text contains."""

    def fetch(self, url, headers=None):
        raise ValueError(f"the pocket card loads nothing, not even {url[:80]}")


# Text sizes to try, largest first: the first that keeps the card on one page is used, so an
# office with more channels or contacts still gets a single page (past the smallest, more).
TEXT_SIZES = ("9pt", "8pt", "7pt", "6pt")


def render_document(html: str) -> Document:
    return HTML(string=html, url_fetcher=FetchNothing()).render()


def render_pdf(html: str) -> bytes:
    return render_document(html).write_pdf()


def office_finder(page, office_id: int) -> ChannelFinder | None:
    """The page's own channel rule for one office of the page's language; None when the office
    is not one of them."""
    finder = ChannelFinder(locale_id=page.locale_id, params={"office": str(office_id)})
    return finder if finder.office else None


def filename(office, language_code: str) -> str:
    name = slugify(office.name, allow_unicode=True) or f"office-{office.pk}"
    return f"pocket-card-{name}-{language_code}.pdf"


def card_response(page, request, finder: ChannelFinder) -> HttpResponse:
    language_code = page.locale.language_code
    context = {
        "page": page,
        "office": finder.office,
        "channels": finder.all_channels,
        "page_url": request.build_absolute_uri(page.url),
    }
    for text_size in TEXT_SIZES:
        with translation.override(language_code):
            html = render_to_string(
                "guidance/pocket_card.html", {**context, "text_size": text_size}
            )
        document = render_document(html)
        if len(document.pages) == 1:
            break
    response = HttpResponse(document.write_pdf(), content_type="application/pdf")
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=False, filename=filename(finder.office, language_code)
    )
    return response
