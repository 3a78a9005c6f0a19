"""Word files that unpack to far more than their size, made with zipfile for the tests."""

import functools
import io
import struct
import zipfile
import zlib

import docx

from core.uploads import MB

RELATIONSHIPS = "word/_rels/document.xml.rels"
IMAGE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"


@functools.cache
def docx_bomb(parts: int, part_bytes: int) -> bytes:
    """A real Word file with `parts` pictures of `part_bytes` zeros each. Every picture is
    referenced by the document, so a reader that opens the document unpacks them all."""
    document = docx.Document()
    document.add_paragraph("An innocent-looking plan.")
    plain = io.BytesIO()
    document.save(plain)
    out = io.BytesIO()
    with (
        zipfile.ZipFile(plain) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as bomb,
    ):
        for member in source.infolist():
            data = source.read(member)
            if member.filename == RELATIONSHIPS:
                links = "".join(
                    f'<Relationship Id="rIdZero{n}" Type="{IMAGE}" Target="media/zero{n}.jpeg"/>'
                    for n in range(parts)
                )
                data = data.replace(b"</Relationships>", links.encode() + b"</Relationships>")
            bomb.writestr(member.filename, data)
        zeros = bytes(MB)
        for n in range(parts):
            with bomb.open(f"word/media/zero{n}.jpeg", "w") as picture:
                for _chunk in range(part_bytes // MB):
                    picture.write(zeros)
    return out.getvalue()


@functools.cache
def docx_with_a_lying_part(declared: int = 1000) -> bytes:
    """A Word file whose 200 MB picture of zeros declares `declared` bytes in the archive's
    directory, with the checksum of that many zeros: its sizes and ratios all look harmless."""
    data = bytearray(docx_bomb(parts=1, part_bytes=200 * MB))
    name = b"word/media/zero0.jpeg"
    entry = data.find(b"PK\x01\x02")  # the central directory's entries
    while data[entry + 46 : entry + 46 + len(name)] != name:
        entry = data.find(b"PK\x01\x02", entry + 4)
    struct.pack_into("<I", data, entry + 16, zlib.crc32(bytes(declared)))
    struct.pack_into("<I", data, entry + 24, declared)
    return bytes(data)
