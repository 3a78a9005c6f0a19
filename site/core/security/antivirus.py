"""A clamd client (INSTREAM over a Unix or TCP socket) for the upload validator.

Off when CLAMD_ADDRESS is empty. When it is set, an upload that cannot be scanned (clamd down,
too slow) is refused rather than let through: a missed virus is worse than a retry.

    from core.security.antivirus import scan
    scan(uploaded_file)   # raises ValidationError(code="infected" or "scan_unavailable")
"""

from __future__ import annotations

import socket
import struct

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

CHUNK = 64 * 1024


class ScanError(Exception):
    """clamd could not be reached or gave an answer we do not understand."""


def _connect(address: str, timeout: float) -> socket.socket:
    if address.startswith("unix:"):
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        target = address.removeprefix("unix:")
    elif address.startswith("tcp:"):
        host, _sep, port = address.removeprefix("tcp:").rpartition(":")
        sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET)
        target = (host.strip("[]"), int(port))
    else:
        raise ScanError(f"CLAMD_ADDRESS must start with unix: or tcp:, not {address!r}")
    sock.settimeout(timeout)
    sock.connect(target)
    return sock


def scan_stream(fileobj, address: str, timeout: float = 30) -> str | None:
    """Send the file to clamd; return the signature name if infected, None if clean."""
    try:
        with _connect(address, timeout) as sock:
            sock.sendall(b"zINSTREAM\0")
            fileobj.seek(0)
            while chunk := fileobj.read(CHUNK):
                sock.sendall(struct.pack("!L", len(chunk)) + chunk)
            sock.sendall(struct.pack("!L", 0))
            reply = b""
            while not reply.endswith(b"\0"):
                part = sock.recv(4096)
                if not part:
                    break
                reply += part
    except OSError as error:
        raise ScanError(f"clamd at {address} did not answer: {error}") from error
    finally:
        fileobj.seek(0)
    answer = reply.rstrip(b"\0").decode("utf-8", "replace")
    if answer.endswith("OK"):
        return None
    if answer.endswith("FOUND"):
        return answer.removeprefix("stream:").removesuffix("FOUND").strip()
    raise ScanError(f"clamd answered {answer!r}")


def scan(fileobj) -> None:
    """The hook for core.uploads.validate_upload: raise ValidationError unless clean."""
    address = settings.CLAMD_ADDRESS
    if not address:
        return
    try:
        found = scan_stream(fileobj, address, settings.CLAMD_TIMEOUT)
    except ScanError:
        raise ValidationError(
            _("The file could not be checked for viruses just now. Try again in a few minutes."),
            code="scan_unavailable",
        ) from None
    if found:
        raise ValidationError(
            _("This file contains a virus or other harmful content, so it cannot be uploaded."),
            code="infected",
        )
