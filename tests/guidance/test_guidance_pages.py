"""Policy summaries, role guides and onboarding: rendering, freshness and translation notices."""

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone
from django.utils.html import escape

from guidance import freshness
from guidance.models import OnboardingPage, PolicySummaryPage, RoleGuidePage
from tests.budgets import assert_within_budget, queries_of


def page_of(model, code, slug):
    return model.objects.get(locale__language_code=code, alias_of=None, slug=slug)


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["en", "fr", "es", "ar"])
def test_policy_summary_shows_in_short_definitions_rights_and_download(code):
    page = page_of(PolicySummaryPage, code, "harassment-policy")
    response = Client().get(page.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert 'class="in-short"' in html
    assert "<dfn>" in html
    # Definitions are shown in the page's own language.
    term = page.definitions.first()
    localized = type(term).objects.get(translation_key=term.translation_key, locale=page.locale)
    assert escape(localized.term) in html
    assert page.document.url in html
    assert escape(page.content_owner) in html


@pytest.mark.django_db
def test_editing_the_english_source_marks_translations_out_of_date():
    english = page_of(PolicySummaryPage, "en", "harassment-policy")
    french = page_of(PolicySummaryPage, "fr", "harassment-policy")
    # The notice links to the newer English version (its text is in the reader's language).
    notice_link = f'<a href="{english.url}" hreflang="en">'
    assert notice_link not in Client().get(french.url).content.decode()
    assert french not in list(freshness.outdated_translations())

    english.summary = "A clearer summary."
    english.save_revision().publish()

    for code in ("fr", "es", "ar"):
        translation = page_of(PolicySummaryPage, code, "harassment-policy")
        html = Client().get(translation.url).content.decode()
        assert notice_link in html, code
    outdated = {page.pk for page in freshness.outdated_translations()}
    assert french.pk in outdated

    # Publishing the translation again (after syncing it) clears the notice.
    french.save_revision().publish()
    assert notice_link not in Client().get(french.url).content.decode()


@pytest.mark.django_db
def test_page_past_its_review_date_stays_published_and_says_when_it_was_checked():
    page = page_of(PolicySummaryPage, "en", "sea-bulletin")
    assert page.next_review < timezone.localdate()
    response = Client().get(page.url)
    assert response.status_code == 200
    assert "Last checked on" in response.content.decode()
    overdue = {p.pk for p in freshness.overdue_reviews()}
    assert page.pk in overdue
    current = page_of(PolicySummaryPage, "en", "harassment-policy")
    assert current.pk not in overdue
    assert "Last checked on" not in Client().get(current.url).content.decode()


@pytest.mark.django_db
def test_editor_dashboard_lists_overdue_pages_and_outdated_translations(users):
    client = Client()
    client.force_login(users["editor"])
    html = client.get("/admin/").content.decode()
    assert "Guidance past its review date" in html
    assert escape(page_of(PolicySummaryPage, "en", "sea-bulletin").title) in html
    assert "Translations out of date" in html


@pytest.mark.django_db
def test_allegation_guide_is_not_linked_from_victim_support_guides():
    allegation = page_of(RoleGuidePage, "en", "allegation-about-me")
    for slug in ("i-experienced-or-saw", "someone-told-me"):
        html = Client().get(page_of(RoleGuidePage, "en", slug).url).content.decode()
        assert allegation.url not in html, slug
    supervisor = Client().get(page_of(RoleGuidePage, "en", "im-a-supervisor").url)
    assert allegation.url in supervisor.content.decode()


@pytest.mark.django_db
def test_onboarding_lists_courses_and_keeps_ticks_in_the_browser_only():
    page = page_of(OnboardingPage, "fr", "onboarding")
    html = Client().get(page.url).content.decode()
    assert 'data-course="psea"' in html
    assert "course-ticks.js" in html
    assert "<form" not in html.split('id="courses-heading"')[1]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("model", "slug", "page_type"),
    [
        (PolicySummaryPage, "harassment-policy", "policy-summary"),
        (RoleGuidePage, "im-a-supervisor", "role-guide"),
        (OnboardingPage, "onboarding", "onboarding"),
    ],
)
def test_guidance_pages_keep_to_their_query_budget(model, slug, page_type):
    page = page_of(model, "en", slug)
    client = Client()
    client.get(page.url)
    assert_within_budget(f"{page_type}:anonymous", queries_of(client, page.url))


def test_review_overdue_is_relative_to_today():
    page = PolicySummaryPage(next_review=timezone.localdate() - timedelta(days=1))
    assert page.review_overdue
    page.next_review = timezone.localdate()
    assert not page.review_overdue
