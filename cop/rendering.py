"""Markdown written by members, rendered to HTML that cannot run anything.

Two layers: Markdown is told to treat raw HTML as text (so `<script>` shows as typed), and
its output then goes through nh3 with a short allow-list (no images, which would load from
other hosts; links only to http, https and mailto).
"""

import re

import markdown
import nh3
from django.utils.html import escape

ALLOWED_TAGS = {
    "p", "br", "strong", "em", "code", "pre", "blockquote", "ul", "ol", "li", "a", "h3", "h4",
    "hr",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}
URL_SCHEMES = {"http", "https", "mailto"}
MENTION = re.compile(r"(?<![\w@])@([\w.+-]{2,150})")


def _markdown() -> markdown.Markdown:
    md = markdown.Markdown(extensions=["sane_lists", "fenced_code"], output_format="html")
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    return md


def mentioned_usernames(source: str) -> set[str]:
    return {match.group(1).rstrip(".") for match in MENTION.finditer(source)}


def render(source: str, mention_urls: dict[str, str] | None = None) -> str:
    """Sanitised HTML for `source`; `@name` of a known member becomes a link to their profile."""
    html = _markdown().convert(source)
    # Headings become h3/h4 at most: the page owns h1 and h2.
    html = re.sub(r"<(/?)h[12]>", r"<\1h3>", html)
    html = re.sub(r"<(/?)h[56]>", r"<\1h4>", html)
    if mention_urls:

        def link(match):
            name = match.group(1).rstrip(".")
            url = mention_urls.get(name)
            if url is None:
                return match.group(0)
            rest = match.group(1)[len(name) :]
            return f'<a href="{escape(url)}">@{escape(name)}</a>{rest}'

        html = _outside_code(html, lambda text: MENTION.sub(link, text))
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="nofollow noopener noreferrer",
    )


def _outside_code(html: str, change) -> str:
    """Apply `change` to text outside <code>/<pre> and outside tags."""
    parts = re.split(r"(<pre>.*?</pre>|<code>.*?</code>|<[^>]+>)", html, flags=re.S)
    return "".join(part if part.startswith("<") else change(part) for part in parts)


def quote(source: str, author_name: str) -> str:
    """The Markdown a reply starts with when it quotes another post."""
    lines = source.strip().splitlines() or [""]
    quoted = "\n".join(f"> {line}" for line in lines)
    return f"> **{author_name}:**\n{quoted}\n\n"
