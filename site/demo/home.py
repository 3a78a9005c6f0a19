"""The home page in every language and the pages under it (content/home/), loaded by
`manage.py seed_demo`. Idempotent: pages that exist are left alone."""

from __future__ import annotations

from wagtail.models import Page, Site

from core.models import SiteChrome
from demo import content, seeding
from guidance.models import GuidancePage
from home.models import HomePage

TRANSLATED = ("fr", "es", "ar")

HOME = content.read("home/home")
# Under the home page, in this order; a 'sensitive' page is about reporting and support.
PAGES = content.read_all("home/pages", prose=("body",))


def seed() -> HomePage:
    """The English home page (made the default site's root) with its translations and pages."""
    home = _home_page()
    _pages(home)
    return home


def _home_page() -> HomePage:
    root = seeding.tree_root()
    site = Site.objects.get(is_default_site=True) if Site.objects.exists() else None
    home = HomePage.objects.filter(locale=seeding.locale("en")).first()
    if home is None:
        home = seeding.ensure_child(root, HomePage, "home-en", **_home_fields("en"))
        if site is None:
            site = Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
        old_root = site.root_page
        site.root_page = home
        site.save()
        # Wagtail's placeholder "Welcome" page is not ours to keep.
        if old_root.pk != home.pk and type(old_root.specific) is Page:
            old_root.delete()
    for code in TRANSLATED:
        seeding.ensure_translation(home, code, slug=f"home-{code}", **_home_fields(code))
    return home


def _home_fields(code):
    return {name: text[code] for name, text in HOME.items()} | {"is_sensitive": False}


def _pages(home):
    for entry in PAGES:
        source = seeding.ensure_child(
            home, GuidancePage, entry["slug"], **_page_fields(entry, "en")
        )
        for code in TRANSLATED:
            if code in entry["title"]:
                seeding.ensure_translation(source, code, **_page_fields(entry, code))
    chrome = SiteChrome.load()
    if chrome.help_page_id is None:
        chrome.help_page = home.get_children().get(slug="get-help")
        chrome.save()


def _page_fields(entry, code):
    return {
        "title": entry["title"][code],
        "summary": entry["summary"][code],
        "body": seeding.body_stream(entry["body"][code]),
        "is_sensitive": entry["sensitive"],
        "show_in_menus": True,
    }
