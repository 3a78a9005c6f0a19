"""The glossary: every key word of a language from A to Z, grouped by the letter a reader looks
it up by, reachable from the menu and from the key words on policy pages, and held to the
visibility rules like every page."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils.html import escape
from wagtail.models import Locale, PageViewRestriction

from core import roles
from core.snippets import GlossaryTerm
from guidance import glossary
from guidance.models import GlossaryPage, PolicySummaryPage
from search.models import SearchEntry

SECTION = re.compile(r'<h2 id="(letter-[^"]+)">([^<]+)</h2>(.*?)</section>', re.S)


def glossary_page(code):
    return GlossaryPage.objects.get(locale__language_code=code, alias_of=None)


def letters_of(html) -> dict[str, str]:
    """Each letter's section of the page, by letter."""
    return {letter: body for _anchor, letter, body in SECTION.findall(html)}


# (language, term as the demo has it, the letter it is filed under)
FILED = [
    ("en", "Retaliation", "R"),
    ("en", "Abuse of authority", "A"),
    ("fr", "Représailles", "R"),
    ("fr", "Exploitation sexuelle", "E"),
    ("es", "Explotación sexual", "E"),
    ("es", "Represalias", "R"),
    # Arabic: looked up without the article, alef forms under alef.
    ("ar", "التحرش الجنسي", "ت"),
    ("ar", "السلوك المحظور", "س"),
    ("ar", "إساءة استعمال السلطة", "ا"),
    ("ar", "جهة التنسيق", "ج"),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("code", "term", "letter"), FILED)
def test_glossary_lists_each_term_under_its_letter(code, term, letter):
    page = glossary_page(code)
    response = Client().get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    sections = letters_of(html)
    assert escape(term) in sections[letter]
    key = GlossaryTerm.objects.get(locale__language_code=code, term=term).key
    assert f'<dt id="term-{key}"><dfn>{escape(term)}</dfn></dt>' in sections[letter]
    # The jump list links to the letters present, and only to those.
    jump = re.search(r'<nav class="letters"[^>]*>(.*?)</nav>', html, re.S).group(1)
    assert re.findall(r">([^<]+)</a>", jump) == list(sections)


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["en", "fr", "es", "ar"])
def test_glossary_lists_every_term_of_its_language_once(code):
    html = Client().get(glossary_page(code).url).content.decode()
    terms = GlossaryTerm.objects.filter(locale__language_code=code)
    assert terms.count() >= 10
    for term in terms:
        assert html.count(f'id="term-{term.key}"') == 1
    english = GlossaryTerm.objects.get(locale__language_code="en", key="retaliation").term
    assert (english in html) == (code == "en")


@pytest.mark.django_db
def test_accented_initials_are_filed_under_their_letter():
    french = Locale.objects.get(language_code="fr")
    GlossaryTerm.objects.create(
        locale=french, key="ecoute", term="Écoute active", definition="Écouter sans juger."
    )
    sections = letters_of(Client().get(glossary_page("fr").url).content.decode())
    assert "Écoute active" in sections["E"]
    assert "É" not in sections


def test_letters_follow_each_language():
    assert glossary.initial("Ñandutí", "es") == "Ñ"
    assert glossary.initial("Ñandutí", "fr") == "N"
    assert glossary.initial("آلية الإبلاغ", "ar") == "ا"
    assert glossary.initial("الانتقام", "ar") == "ا"
    assert glossary.initial("النهج المتمحور حول الضحية", "ar") == "ن"
    assert glossary.initial("24-hour rule", "en") == glossary.OTHER

    class Term:
        def __init__(self, term):
            self.term = term

    groups = glossary.by_letter(map(Term, ["Oso", "Ñu", "Nube", "árbol"]), "es")
    assert [(group.letter, [t.term for t in group.terms]) for group in groups] == [
        ("A", ["árbol"]),
        ("N", ["Nube"]),
        ("Ñ", ["Ñu"]),
        ("O", ["Oso"]),
    ]


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["en", "fr", "ar"])
def test_key_words_on_a_policy_page_link_to_their_glossary_entry(code):
    policy = PolicySummaryPage.objects.get(
        locale__language_code=code, alias_of=None, slug="harassment-policy"
    )
    html = Client().get(policy.url).content.decode()
    source = policy.definitions.first()
    term = GlossaryTerm.objects.get(translation_key=source.translation_key, locale=policy.locale)
    entry = f"{glossary_page(code).url}#term-{term.key}"
    assert f'<dfn><a href="{entry}">{escape(term.term)}</a></dfn>' in html
    # ...and the entry is there.
    assert f'id="term-{term.key}"' in Client().get(glossary_page(code).url).content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["en", "fr", "es", "ar"])
def test_glossary_is_in_the_menu_and_in_search_like_the_guidance(code):
    page = glossary_page(code)
    html = Client().get(f"/{code}/").content.decode()
    assert f'<a href="{page.url}">{escape(page.title)}</a>' in html
    entry = SearchEntry.objects.get(key=f"page:{page.pk}")
    assert (entry.kind, entry.audience, entry.locale, entry.url) == (
        "guidance",
        "public",
        code,
        page.url,
    )


@pytest.mark.django_db
def test_a_restricted_glossary_is_neither_served_nor_linked_to_those_who_may_not_read_it():
    page = glossary_page("en")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set(Group.objects.filter(name=roles.FOCAL_POINTS))
    newhire = get_user_model().objects.create_user("hire")
    newhire.groups.add(Group.objects.get(name=roles.PERSONNEL))
    reader = Client()
    reader.force_login(newhire)
    assert Client().get(page.url).status_code == 302
    assert reader.get(page.url).status_code == 404
    policy = PolicySummaryPage.objects.get(
        locale__language_code="en", alias_of=None, slug="harassment-policy"
    )
    for client in (Client(), reader):
        for url in ("/en/", policy.url):
            assert page.url not in client.get(url).content.decode()
    # The French glossary is the same content: the rule restricts it too.
    assert reader.get(glossary_page("fr").url).status_code == 404


@pytest.mark.django_db
def test_glossary_queries_do_not_grow_with_the_terms(django_assert_max_num_queries):
    page = glossary_page("en")
    client = Client()
    client.get(page.url)
    with CaptureQueriesContext(connection) as before:
        client.get(page.url)
    queries = len(before)
    english = Locale.objects.get(language_code="en")
    for number in range(15):
        GlossaryTerm.objects.create(
            locale=english, key=f"extra-{number}", term=f"Zeta {number}", definition="A word."
        )
    client.get(page.url)
    with django_assert_max_num_queries(queries):
        html = client.get(page.url).content.decode()
    assert "Zeta 14" in letters_of(html)["Z"]
