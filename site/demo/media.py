"""Demo posters and files, made at seed time from code: nothing is downloaded.

A poster is a coloured card with its words in large type, drawn with Pillow (which Wagtail
already needs). The words, colours and alt text come from each app's demo content. Idempotent:
an image or document with the same title is reused, and a file is written to private storage
only when missing, under a fixed name, so re-runs and flushed test databases add no files.
"""

from __future__ import annotations

import textwrap
from io import BytesIO

from django.core.files.base import ContentFile
from fpdf import FPDF
from PIL import Image as PillowImage
from PIL import ImageDraw, ImageFont
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection
from wagtail.utils.file import hash_filelike

from core.storage import private_storage

POSTER_SIZE = (600, 800)
MARGIN = 48


def demo_poster(key: str, title: str, lines: list[str], colour: str, alt: str):
    """The Wagtail image titled `title`: a poster showing `lines` (the first one large), with
    `alt` as its description (the text screen readers read in its place)."""
    model = get_image_model()
    existing = model.objects.filter(title=title).first()
    if existing is not None:
        return existing
    name = _stored(f"original_images/demo/{key}.png", lambda: _draw_poster(lines, colour))
    image = model(title=title, description=alt, file=name)
    _set_size_and_hash(image, name)
    image.save()
    return image


def demo_document(key: str, title: str, paragraphs: list[str], collection_name: str = ""):
    """The Wagtail document titled `title`: a one-page PDF of `paragraphs`, in the collection
    named `collection_name` (made under the root when missing), or the root collection."""
    model = get_document_model()
    existing = model.objects.filter(title=title).first()
    if existing is not None:
        return existing
    name = _stored(f"documents/demo/{key}.pdf", lambda: _write_pdf(title, paragraphs))
    document = model(title=title, file=name, collection=_collection(collection_name))
    _set_size_and_hash(document, name)
    document.save()
    return document


def _stored(name: str, make) -> str:
    if not private_storage.exists(name):
        private_storage.save(name, ContentFile(make()))
    return name


def _set_size_and_hash(item, name: str) -> None:
    item.file_size = private_storage.size(name)
    with private_storage.open(name, "rb") as handle:
        item.file_hash = hash_filelike(handle)


def _collection(name: str) -> Collection:
    root = Collection.get_first_root_node()
    if not name:
        return root
    existing = root.get_children().filter(name=name).first()
    return existing if existing is not None else root.add_child(name=name)


def _draw_poster(lines: list[str], colour: str) -> bytes:
    width, height = POSTER_SIZE
    card = PillowImage.new("RGB", POSTER_SIZE, colour)
    draw = ImageDraw.Draw(card)
    headline, text = ImageFont.load_default(size=56), ImageFont.load_default(size=30)
    top = 120
    for number, line in enumerate(lines):
        font, columns = (headline, 16) if number == 0 else (text, 30)
        for part in textwrap.wrap(line, columns):
            draw.text((MARGIN, top), part, fill="white", font=font)
            top += int(font.size * 1.3)
        top += 32
    # A white band at the foot, where a printed poster carries its sender.
    draw.rectangle((0, height - 100, width, height), fill="white")
    draw.text((MARGIN, height - 72), "The Agency", fill=colour, font=text)
    buffer = BytesIO()
    card.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def _write_pdf(title: str, paragraphs: list[str]) -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=16)
    pdf.multi_cell(0, 10, title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", size=12)
    for paragraph in paragraphs:
        pdf.multi_cell(0, 8, paragraph, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())
