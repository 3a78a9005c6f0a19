"""Holes: the parts of a shared page that belong to the person reading it.

A page stored for everyone who may see the same content still has a few personal parts: the
CSRF token of its forms, whether this reader marked a post helpful, their unread marks, their
draft. While a request is "shared" (a signed-in GET of a site page, see readers.py), templates
leave those parts as markers, and every response is filled from the reader's own state just
before it leaves, whether it was rendered now or taken from the cache:

- ``{% personal "name" arg ... %}``: text from the filler ``name`` (escaped unless the filler
  gives HTML);
- ``{% personal_choice "name" arg %}{% when "a" %}...{% when "b" %}...{% endpersonal_choice %}``:
  every branch is rendered and kept; the filler picks one per reader;
- the CSRF token, through the ``csrf_token`` context variable (core.context_processors).

A filler is ``fn(request, items) -> answers``, called once per response with every item of its
name, so twenty "helpful" buttons cost one query. Markers carry a secret derived from
SECRET_KEY, so text a member types can never pose as one; their arguments are plain values
(numbers, slugs). Outside a shared request, the tags ask the filler directly.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from django.middleware.csrf import get_token
from django.utils.crypto import salted_hmac
from django.utils.html import escape

ACTIVE = "_page_cache_holes"
ARGUMENT = re.compile(r"^[\w.-]*$")
_numbers = itertools.count(1)


@dataclass(frozen=True)
class Filler:
    function: Callable
    html: bool


_fillers: dict[str, Filler] = {}


def filler(name: str, *, html: bool = False):
    """Register fn(request, items: list[tuple[str, ...]]) -> list[str], one answer an item."""

    def register(function):
        _fillers[name] = Filler(function, html)
        return function

    return register


@cache
def _mark() -> str:
    return salted_hmac("core.page_cache.holes", "marker").hexdigest()[:16]


@cache
def _patterns():
    mark = re.escape(_mark()).encode()
    hole = re.compile(rb"\[\[hole:" + mark + rb":(\w+):([\w.,-]*)\]\]")
    choice = re.compile(
        rb"\[\[choice:" + mark + rb":(\d+):(\w+):([\w.,-]*)\]\](.*?)\[\[end:" + mark + rb":\1\]\]",
        re.S,
    )
    return mark, hole, choice


def activate(request) -> None:
    setattr(request, ACTIVE, True)


def active(request) -> bool:
    return getattr(request, ACTIVE, False)


def _arguments(args) -> str:
    values = [str(arg) for arg in args]
    for value in values:
        if not ARGUMENT.match(value):
            raise ValueError(f"a hole's arguments are plain values, not {value!r}")
    return ",".join(values)


def hole(name: str, args=()) -> str:
    return f"[[hole:{_mark()}:{name}:{_arguments(args)}]]"


def choice(name: str, args, branches: list[tuple[str, str]]) -> str:
    """Every branch, marked, for the filler to choose from at fill time."""
    number = next(_numbers)
    mark = _mark()
    parts = [f"[[choice:{mark}:{number}:{name}:{_arguments(args)}]]"]
    for key, text in branches:
        parts.append(f"[[when:{mark}:{number}:{_arguments([key])}]]{text}")
    parts.append(f"[[end:{mark}:{number}]]")
    return "".join(parts)


def _ask(request, name: str, args) -> str:
    return _fillers[name].function(request, [tuple(str(arg) for arg in args)])[0]


def value(request, name: str, *args) -> str:
    """The filler's answer for one item, asked directly (outside shared requests), as HTML."""
    answer = _ask(request, name, args)
    return answer if _fillers[name].html else escape(answer)


def text(request, name: str, *args) -> str:
    """A form's initial value: the marker on shared requests, else the filler's raw answer
    (the form's widget escapes it either way)."""
    return hole(name, args) if active(request) else _ask(request, name, args)


def _answers(request, found: list[tuple[bytes, bytes]]) -> dict:
    """{(name, args) as found: answer as HTML}, asking each filler once for all its items."""
    wanted: dict[bytes, dict[bytes, None]] = {}  # name -> its items, in order, once each
    for name, args in found:
        wanted.setdefault(name, {})[args] = None
    answers = {}
    for name, items in wanted.items():
        filler_ = _fillers[name.decode()]
        asked = [tuple(args.decode().split(",")) if args else () for args in items]
        for args, answer in zip(items, filler_.function(request, asked), strict=True):
            html = answer if filler_.html else escape(answer)
            answers[(name, args)] = str(html).encode()
    return answers


def fill(request, content: bytes) -> bytes:
    if _mark().encode() not in content:
        return content
    mark, hole_pattern, choice_pattern = _patterns()
    # Choices may hold choices: each pass settles the outermost ones.
    while True:
        choices = list(choice_pattern.finditer(content))
        if not choices:
            break
        answers = _answers(request, [(match[2], match[3]) for match in choices])

        def chosen(match, answers=answers):
            wanted = answers[(match[2], match[3])]
            when = re.compile(rb"\[\[when:" + mark + rb":" + match[1] + rb":([\w.-]*)\]\]")
            parts = when.split(match[4])
            for index in range(1, len(parts), 2):
                if parts[index] == wanted:
                    return parts[index + 1]
            return b""

        content = choice_pattern.sub(chosen, content)
    holes = list(hole_pattern.finditer(content))
    if holes:
        answers = _answers(request, [(match[1], match[2]) for match in holes])
        content = hole_pattern.sub(lambda match: answers[(match[1], match[2])], content)
    return content


def fill_response(request, response):
    if not response.streaming and response.get("Content-Type", "").startswith("text/html"):
        response.content = fill(request, response.content)
    return response


@filler("csrf")
def _csrf(request, items):
    return [get_token(request)] * len(items)


@filler("reader_is")
def _reader_is(request, items):
    """For each user id: "yes" when it is the reader's own (their post, their topic)."""
    own = str(request.user.pk)
    return ["yes" if user_id == own else "no" for (user_id,) in items]
