"""Resource pages, badges, the editors' review report and the demo content."""

from datetime import timedelta

import pytest
from django.db.models import Count
from django.utils import timezone
from wagtail.models import Page

from demo import toolkit as demo_toolkit
from tests.budgets import assert_within_budget, queries_of
from tests.helpers import client_as
from tests.toolkit.helpers import KIT_SLUG, MAIN_SLUG, resource, toolkit_index
from toolkit.choices import ResourceType
from toolkit.models import FileText, ResourceFile, ResourcePage


@pytest.mark.django_db
def test_action_plan_template_lists_its_indicators(users):
    page = resource("sh-local-action-plan-template")
    html = client_as("focalpoint", users).get(page.url).content.decode()
    for indicator in (
        "A focal point is designated",
        "Personnel trained",
        "Reporting channels communicated",
        "Assistance referral path mapped",
    ):
        assert indicator in html


@pytest.mark.django_db
def test_training_package_shows_each_part_its_size_and_the_bundles(users):
    page = resource(KIT_SLUG)
    response = client_as("focalpoint", users).get(page.url)
    html = response.content.decode()
    for part in (
        "Session plan",
        "Facilitator guide",
        "Participant handout",
        "Case scenarios",
        "Slides",
    ):
        assert part in html
    for item in page.files.all():
        assert f"/toolkit/files/{item.pk}/" in html
    assert "KB" in html or "bytes" in html
    bundle_languages = [b.language for b in response.context["bundles"]]
    assert bundle_languages == ["en", "fr", "ar"]
    assert "Focal points only" in html


@pytest.mark.django_db
def test_also_available_in_comes_from_files_and_translations(users):
    page = resource(MAIN_SLUG)
    context = client_as("newhire", users).get(page.url).context
    assert context["file_languages"] == ["English", "French", "Spanish"]
    codes = [t.locale.language_code for t in context["translations"]]
    assert codes == ["fr", "es", "ar"]


@pytest.mark.django_db
def test_arabic_resource_page_is_right_to_left(users):
    page = resource(KIT_SLUG, "ar")
    response = client_as("focalpoint", users).get(page.url)
    html = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert page.title in html
    # The access label is in the reader's language.
    assert response.context["access_label"] == "جهات التنسيق فقط"


@pytest.mark.django_db
def test_new_and_updated_badges():
    now = timezone.now()
    page = resource(MAIN_SLUG)
    page.first_published_at = now - timedelta(days=2)
    assert page.is_new
    assert not page.is_updated
    page.first_published_at = now - timedelta(days=300)
    page.last_published_at = now - timedelta(days=3)
    assert page.is_updated
    assert not page.is_new
    page.last_published_at = now - timedelta(days=90)
    assert not page.is_updated
    assert not page.is_new


@pytest.mark.django_db
def test_resource_page_queries_keep_to_the_budget_and_do_not_grow_with_files(users):
    page = resource(MAIN_SLUG)
    client = client_as("newhire", users)
    client.get(page.url)
    count = queries_of(client, page.url)
    assert_within_budget("resource:newhire", count)
    template = page.files.first()
    for number in range(6):
        ResourceFile.objects.create(
            page=page,
            file=template.file.name,
            display_name=f"copy {number}.pdf",
            kind="pdf",
            size=100,
            language="ar",
            part="document",
        )
    assert queries_of(client, page.url) == count


@pytest.mark.django_db
def test_review_report_lists_overdue_resources_for_editors(users):
    client = client_as("editor", users)
    response = client.get("/admin/reports/toolkit-review/")
    assert response.status_code == 200
    html = response.content.decode()
    overdue = ResourcePage.objects.filter(
        next_review__lt=timezone.localdate(), alias_of=None, locale__language_code="en"
    )
    assert overdue.count() >= 3
    for page in overdue:
        assert page.title in html
    assert resource(MAIN_SLUG).title not in html
    assert client_as("newhire", users).get("/admin/reports/toolkit-review/").status_code in (
        302,
        403,
    )


@pytest.mark.django_db
def test_demo_content_covers_every_type_and_several_languages():
    english = ResourcePage.objects.filter(locale__language_code="en", alias_of=None)
    assert english.count() >= 25
    assert set(english.values_list("resource_type", flat=True)) == set(ResourceType.values)
    languages = set(ResourceFile.objects.values_list("language", flat=True))
    assert {"en", "fr", "es", "ar"} <= languages
    kinds = set(ResourceFile.objects.values_list("kind", flat=True))
    assert {"pdf", "docx", "pptx"} <= kinds
    for code in ("fr", "es", "ar"):
        assert ResourcePage.objects.filter(locale__language_code=code, alias_of=None).exists()
    # Every demo file was read for the search index.
    names = set(ResourceFile.objects.values_list("file", flat=True))
    done = FileText.objects.filter(name__in=names, status=FileText.Status.DONE)
    assert done.count() == len(names)
    assert done.exclude(text="").count() == len(names)


@pytest.mark.django_db
def test_demo_seed_twice_changes_nothing():
    home = toolkit_index().get_parent()

    def counts():
        return (
            Page.objects.count(),
            ResourceFile.objects.count(),
            FileText.objects.count(),
            list(ResourcePage.objects.values("locale").annotate(n=Count("pk")).order_by("locale")),
        )

    before = counts()
    demo_toolkit.seed(home)
    assert counts() == before
