"""Each language reads as itself: Arabic guides in Arabic, notices that name languages in the
reader's words, each language's own long dates, French spacing before : ; ? !"""

import re
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.test import Client
from django.utils.html import escape
from wagtail.models import Page
from wagtail_localize.models import LocaleSynchronization

from demo import guidance as demo_guidance
from guidance.models import GuidancePage, OnboardingPage, PolicySummaryPage, RoleGuidePage
from home.models import HomePage
from toolkit.models import ToolkitIndexPage

CYRILLIC_OR_CJK = re.compile(r"[\u0400-\u04ff\u3000-\u30ff\u4e00-\u9fff]")
ENGLISH_NAMED = {
    "fr": "Vous lisez la version anglaise.",
    "es": "Está leyendo la versión en inglés.",
    "ar": "أنت تقرأ النسخة الإنجليزية.",
}
NEWER_ENGLISH_LINK = {
    "fr": "Lire la version anglaise plus récente",
    "es": "Leer la versión en inglés más reciente",
    "ar": "اقرأ النسخة الإنجليزية الأحدث",
}
# A plain space before : ; ? ! (French wants a no-break one), or no space at all. A colon
# between digits (14:30) or before // (https://) is not punctuation.
BAD_FRENCH_SPACING = re.compile(
    r" [:;?!]|[^\s\u00a0\u202f][;?!]|(?<![\s\u00a0\u202f\d]):(?!//)|(?<=\d):(?!\d)"
)


def live(model, code, slug):
    return model.objects.live().get(locale__language_code=code, slug=slug)


def notices(html):
    return re.findall(r'<p class="notice" role="note">(.*?)</p>', html, re.S)


@pytest.mark.django_db
def test_arabic_home_lists_the_arabic_titles_of_the_role_guides_and_onboarding():
    html = Client().get("/ar/").content.decode()
    guides = html.split('id="guides-heading"')[1].split("</nav>")[0]
    for entry in demo_guidance.ROLE_GUIDES:
        assert escape(entry["title"]["ar"]) in guides, entry["slug"]
        assert escape(entry["title"]["en"]) not in guides, entry["slug"]
    onboarding = demo_guidance.ONBOARDING["title"]
    assert escape(onboarding["ar"]) in html
    assert escape(onboarding["en"]) not in html


@pytest.mark.django_db
@pytest.mark.parametrize("slug", [entry["slug"] for entry in demo_guidance.ROLE_GUIDES])
def test_arabic_role_guide_is_in_arabic_without_the_untranslated_notice(slug):
    page = live(RoleGuidePage, "ar", slug)
    html = Client().get(page.url).content.decode()
    assert f"<h1>{escape(page.title)}</h1>" in html
    assert page.title != live(RoleGuidePage, "en", slug).title
    assert notices(html) == []
    assert '<div lang="en">' not in html


@pytest.mark.django_db
def test_arabic_onboarding_is_in_arabic_without_the_untranslated_notice():
    page = live(OnboardingPage, "ar", "onboarding")
    html = Client().get(page.url).content.decode()
    assert escape(demo_guidance.ONBOARDING["courses"][0]["who"]["ar"]) in html
    assert notices(html) == []


def _english_only_page():
    """A new English page, mirrored as an alias (the fallback) into the other languages."""
    english_home = HomePage.objects.get(locale__language_code="en")
    page = GuidancePage(title="Only in English", slug="only-in-english", summary="English.")
    english_home.add_child(instance=page)
    page.save_revision().publish()
    for synchronisation in LocaleSynchronization.objects.all():
        synchronisation.sync_trees()
    return page


@pytest.mark.django_db
def test_untranslated_page_notice_names_english_in_the_readers_language():
    _english_only_page()
    for code, sentence in ENGLISH_NAMED.items():
        html = Client().get(f"/{code}/only-in-english/").content.decode()
        (notice,) = notices(html)
        assert sentence in notice, code
        assert not CYRILLIC_OR_CJK.search(notice), code


@pytest.mark.django_db
def test_untranslated_page_notice_is_one_language_where_the_interface_is_not_translated():
    # Russian and Chinese readers get the interface in English: the notice must not slip a
    # Russian or Chinese language name into an English sentence.
    _english_only_page()
    for code in ("ru", "zh-hans"):
        html = Client().get(f"/{code}/only-in-english/").content.decode()
        (notice,) = notices(html)
        assert "You are reading the English version." in notice, code
        assert not CYRILLIC_OR_CJK.search(notice), code


@pytest.mark.django_db
def test_link_to_the_newer_english_version_is_in_the_readers_language():
    english = live(PolicySummaryPage, "en", "harassment-policy")
    english.summary = "A clearer summary."
    english.save_revision().publish()
    for code, text in NEWER_ENGLISH_LINK.items():
        html = Client().get(live(PolicySummaryPage, code, "harassment-policy").url).content.decode()
        assert f'<a href="{english.url}" hreflang="en">{text}</a>' in html, code
        assert "Read the newer English version" not in html, code


@pytest.mark.django_db
def test_spanish_page_shows_spanish_long_dates():
    page = live(PolicySummaryPage, "es", "harassment-policy")
    PolicySummaryPage.objects.filter(pk=page.pk).update(
        last_reviewed=date(2026, 11, 30), next_review=date(2027, 1, 15)
    )
    html = Client().get(page.url).content.decode()
    assert "30 de noviembre de 2026" in html
    assert "15 de enero de 2027" in html


def test_french_catalogue_spaces_punctuation_the_french_way():
    catalogue = Path(settings.LOCALE_PATHS[0]) / "fr" / "LC_MESSAGES" / "django.mo"
    wrong = [
        text
        for entry in polib.mofile(str(catalogue))
        for text in [entry.msgstr, *entry.msgstr_plural.values()]
        if BAD_FRENCH_SPACING.search(text)
    ]
    assert not wrong, "\n".join(wrong)


class PageOwnFrenchText(HTMLParser):
    """The text a French page says itself: not scripts or styles, not parts marked as another
    language (the language switcher), not link texts (a link names another page, document or
    forum topic, which may be in another language)."""

    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "wbr"}

    def __init__(self):
        super().__init__()
        self.open = []  # (tag, whether its text counts)
        self.texts = []

    def handle_starttag(self, tag, attrs):
        if tag in self.VOID:
            return
        counts = self.open[-1][1] if self.open else True
        lang = dict(attrs).get("lang", "fr")
        if tag in ("script", "style", "a") or lang != "fr":
            counts = False
        self.open.append((tag, counts))

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        while self.open and self.open.pop()[0] != tag:
            pass

    def handle_data(self, data):
        if not self.open or self.open[-1][1]:
            self.texts.append(data)


@pytest.mark.django_db
def test_french_demo_pages_space_punctuation_the_french_way(users):
    client = Client()
    client.force_login(users["focalpoint"])  # a reader who may see the toolkit and community
    # The toolkit index lists the resources not translated yet in English, without marking
    # their language: its summaries would read as French here.
    french = (
        Page.objects.live()
        .filter(locale__language_code="fr", alias_of=None)
        .not_type(ToolkitIndexPage)
    )
    wrong, read = [], 0
    for page in french:
        response = client.get(page.url)
        if response.status_code != 200:  # a page for another role
            continue
        read += 1
        parser = PageOwnFrenchText()
        parser.feed(response.content.decode())
        text = "".join(parser.texts)
        for match in BAD_FRENCH_SPACING.finditer(text):
            wrong.append(f"{page.url}: …{text[max(match.start() - 40, 0) : match.end() + 20]}…")
    assert read > 20
    assert not wrong, "\n".join(wrong)
