"""What a resource page shows besides its fields: its files, the languages it exists in, the
ZIP bundles on offer and its access level (a fixed number of queries)."""

from __future__ import annotations

from dataclasses import dataclass

from django.urls import reverse

from core.visibility import page_audience
from toolkit import access
from toolkit.choices import language_choices, language_name


@dataclass(frozen=True)
class Bundle:
    language: str
    language_name: str
    url: str
    size: int
    count: int


def resource_context(request, resource, versions: list) -> dict:
    """`versions`: the language versions of the resource this reader may read."""
    files = list(resource.files.order_by("sort_order", "pk"))
    translations = [v for v in versions if v.alias_of_id is None and v.pk != resource.pk]
    order = [code for code, _name in language_choices()]
    file_codes = {f.language for f in files}
    bundles = []
    for code in order:
        in_language = [f for f in files if f.language == code]
        if len(in_language) > 1:
            bundles.append(
                Bundle(
                    language=code,
                    language_name=language_name(code),
                    url=reverse("toolkit:bundle", args=[resource.pk]) + f"?language={code}",
                    size=sum(f.size for f in in_language),
                    count=len(in_language),
                )
            )
    return {
        "files": files,
        "file_languages": [language_name(c) for c in order if c in file_codes],
        "translations": sorted(
            translations,
            key=lambda p: (
                order.index(p.locale.language_code)
                if p.locale.language_code in order
                else len(order)
            ),
        ),
        "bundles": bundles,
        "access_label": access.label(page_audience(resource)),
    }
