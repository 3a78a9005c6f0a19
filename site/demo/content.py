"""The demo's words, read from the data files under `content/` (see content/README.md).

Structure is TOML; prose (page bodies) is a small Markdown subset inside it: `## heading`,
paragraphs, `- item` lists and `[words](slug)` links to a section of the site. Every
translated value is a table keyed by language code, so the languages sit side by side.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent / "content"
Block = tuple[str, str | list[str]]


def read(name: str, prose: tuple[str, ...] = ()) -> dict:
    """The file `content/<name>.toml`; its translated `prose` fields (Markdown) become blocks."""
    return _from_file(ROOT / f"{name}.toml", prose)


def read_all(folder: str, prose: tuple[str, ...] = ()) -> list[dict]:
    """Every file in `content/<folder>/`, in the order of their names (a number prefix)."""
    return [_from_file(path, prose) for path in sorted((ROOT / folder).glob("*.toml"))]


def _from_file(path: Path, prose: tuple[str, ...]) -> dict:
    with path.open("rb") as file:
        data = tomllib.load(file)
    for name in prose:
        data[name] = {code: blocks(text) for code, text in data[name].items()}
    return data


def blocks(markdown: str) -> list[Block]:
    """("heading" | "paragraph" | "list", text) blocks of a Markdown text; a line that wraps
    continues its paragraph, or its list item when indented."""
    parsed: list[Block] = []
    for chunk in markdown.strip().split("\n\n"):
        lines = [line.strip() for line in chunk.splitlines()]
        if lines[0].startswith("## "):
            parsed.append(("heading", " ".join(lines)[3:]))
        elif lines[0].startswith("- "):
            items: list[str] = []
            for raw, line in zip(chunk.splitlines(), lines, strict=True):
                if raw.startswith("- "):
                    items.append(line[2:])
                else:
                    items[-1] += f" {line}"
            parsed.append(("list", items))
        else:
            parsed.append(("paragraph", " ".join(lines)))
    return parsed


def in_language(entry: dict, code: str, names: tuple[str, ...]) -> dict:
    """The translated fields `names` of `entry`, in the language `code`."""
    return {name: entry[name][code] for name in names}
