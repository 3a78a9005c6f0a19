"""Who sees which resource, on every surface: the listing, the page, each file and the bundle.

A file's URL never works for someone who cannot see its resource, and the refusal names
nothing.
"""

import pytest
from django.urls import reverse

from tests.helpers import client_as
from tests.toolkit.helpers import KIT_SLUG, MAIN_SLUG, resource, toolkit_index
from toolkit.models import FileDownloads, ResourceFile

# role -> (may see signed-in resources, may see focal-point-kit resources)
ROLES = {
    "anonymous": (False, False),
    "newhire": (True, False),
    "comms": (True, False),
    "editor": (True, False),
    "focalpoint": (True, True),
    "moderator": (True, True),
    "admin": (True, True),
}


def surfaces(page):
    item = page.files.order_by("sort_order", "pk").first()
    return {
        "page": page.url,
        "file": reverse("toolkit:file", args=[item.pk]),
        "bundle": reverse("toolkit:bundle", args=[page.pk]) + f"?language={item.language}",
    }


def get(client, url):
    """The answer to `url`, after Django's LocaleMiddleware: a 404 outside the language prefix
    is first redirected to the same path under /<lang>/, where Wagtail answers 404 too."""
    response = client.get(url)
    if response.status_code == 302 and "/login/" not in response["Location"]:
        assert response["Location"] == "/en" + url
        response = client.get(response["Location"])
    return response


def assert_refused(response, role, title):
    if role == "anonymous":
        assert response.status_code == 302
        assert "/login/" in response["Location"]
    else:
        assert response.status_code == 404
    assert title not in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["en", "ar"])
@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("surface", ["page", "file", "bundle"])
def test_each_role_reaches_only_what_it_may_see(role, surface, code, users):
    client = client_as(role, users)
    sees_main, sees_kit = ROLES[role]
    for slug, allowed in ((MAIN_SLUG, sees_main), (KIT_SLUG, sees_kit)):
        page = resource(slug, code)
        response = get(client, surfaces(page)[surface])
        if allowed:
            assert response.status_code == 200, (slug, surface)
        else:
            assert_refused(response, role, page.title)


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
def test_listing_shows_kit_resources_only_to_focal_points(role, users):
    sees_main, sees_kit = ROLES[role]
    # Both resources are on the first page once sorted A to Z within these types.
    query = "?type=guidance_note&type=training_package&sort=title"
    response = client_as(role, users).get(toolkit_index().url + query)
    if not sees_main:
        assert response.status_code == 302
        return
    html = response.content.decode()
    assert resource(MAIN_SLUG).title in html
    assert (resource(KIT_SLUG).title in html) is sees_kit
    assert ("Focal points only" in html) is sees_kit


@pytest.mark.django_db
def test_a_new_hire_gets_a_plain_404_for_a_kit_file(users):
    page = resource(KIT_SLUG)
    client = client_as("newhire", users)
    for item in page.files.all():
        response = get(client, reverse("toolkit:file", args=[item.pk]))
        assert response.status_code == 404
        body = response.content.decode()
        assert page.title not in body
        assert item.display_name not in body
    # A file id that does not exist answers the same.
    missing = ResourceFile.objects.order_by("-pk").first().pk + 1000
    assert get(client, reverse("toolkit:file", args=[missing])).status_code == 404


@pytest.mark.django_db
def test_a_download_is_private_an_attachment_and_counted_without_who(users):
    item = resource(MAIN_SLUG).files.order_by("pk").first()
    client = client_as("newhire", users)
    before = FileDownloads.objects.filter(name=item.file.name).values_list("count", flat=True)
    before = next(iter(before), 0)
    response = client.get(reverse("toolkit:file", args=[item.pk]))
    body = b"".join(response.streaming_content)
    assert body.startswith(b"%PDF-")
    assert response["Cache-Control"] == "private, no-store"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment; filename=")
    client.get(reverse("toolkit:file", args=[item.pk]))
    assert FileDownloads.objects.get(name=item.file.name).count == before + 2
    # Nothing in the counter can say who downloaded.
    assert {f.name for f in FileDownloads._meta.get_fields()} == {"id", "name", "count"}


@pytest.mark.django_db
def test_bundle_has_every_file_of_its_language_and_nothing_else(users):
    import io
    import zipfile

    page = resource(KIT_SLUG)
    arabic = list(page.files.filter(language="ar").order_by("sort_order", "pk"))
    response = client_as("focalpoint", users).get(
        reverse("toolkit:bundle", args=[page.pk]) + "?language=ar"
    )
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
    assert response["Content-Type"] == "application/zip"
    assert 'filename="sh-scenario-training-ar.zip"' in response["Content-Disposition"]
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    names = archive.namelist()
    assert len(names) == len(arabic) == 4
    assert all(name.endswith((".docx", ".pptx")) for name in names)
    assert archive.testzip() is None


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["", "?language=xx", "?language=zh-hans", "?language=%00"])
def test_bundle_without_files_in_that_language_is_a_404(query, users):
    page = resource(KIT_SLUG)
    url = reverse("toolkit:bundle", args=[page.pk]) + query
    assert get(client_as("focalpoint", users), url).status_code == 404


@pytest.mark.django_db
def test_downloads_only_answer_get(users):
    item = resource(MAIN_SLUG).files.first()
    response = client_as("newhire", users).post(reverse("toolkit:file", args=[item.pk]))
    assert response.status_code in (403, 405)


@pytest.mark.django_db
def test_a_file_stored_but_missing_on_disk_is_a_404_not_a_500(users):
    item = resource(MAIN_SLUG).files.first()
    ResourceFile.objects.filter(pk=item.pk).update(file="toolkit/gone.pdf")
    response = get(client_as("newhire", users), reverse("toolkit:file", args=[item.pk]))
    assert response.status_code == 404


@pytest.mark.django_db
def test_unpublished_resource_files_are_not_served(users):
    page = resource(MAIN_SLUG)
    item = page.files.first()
    page.unpublish()
    response = get(client_as("admin", users), reverse("toolkit:file", args=[item.pk]))
    assert response.status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
def test_the_focal_point_kit_section_lists_only_its_own_resources(role, users):
    from toolkit.models import ToolkitIndexPage

    kit = ToolkitIndexPage.objects.get(slug="focal-point-kit", locale__language_code="en")
    response = get(client_as(role, users), kit.url)
    if not ROLES[role][1]:
        assert_refused(response, role, kit.title)
        return
    listed = {item.page.pk for item in response.context["listing"].items}
    assert listed
    assert listed <= set(kit.get_children().values_list("pk", flat=True))
