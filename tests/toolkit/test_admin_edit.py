"""Editors reopen a resource that has files: the edit form names each file and links it to the
permission-checked download, since private storage has no public URL."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from core.uploads import PDF
from demo.files import make_file
from tests.helpers import client_as
from tests.toolkit.helpers import MAIN_SLUG, resource
from tests.toolkit.test_uploads import page_data


def edit_url(page):
    return f"/admin/pages/{page.pk}/edit/"


def files_as_posted(page):
    items = page.files.order_by("sort_order", "pk")
    return [{"id": item.pk, "part": item.part, "language": item.language} for item in items]


def edit_data(page, **extra):
    data = page_data(page.slug, files_as_posted(page), initial=page.files.count(), **extra)
    data["title"] = page.title
    return data


@pytest.mark.django_db
def test_the_superuser_opens_a_resource_with_files_downloads_one_and_saves(users):
    client = client_as("admin", users)
    page = resource(MAIN_SLUG)
    item = page.files.order_by("sort_order", "pk").first()
    files = files_as_posted(page)

    response = client.get(edit_url(page))
    assert response.status_code == 200
    link = reverse("toolkit:file", args=[item.pk])
    assert f'<a href="{link}">{item.display_name}</a>' in response.content.decode()

    download = client.get(link)
    assert download.status_code == 200
    assert download["Cache-Control"] == "private, no-store"

    response = client.post(edit_url(page), edit_data(page, summary="Said again, shorter."))
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.summary == "Said again, shorter."
    assert files_as_posted(page) == files


@pytest.mark.django_db
def test_a_refused_save_shows_the_form_again_with_its_files(users):
    client = client_as("admin", users)
    page = resource(MAIN_SLUG)
    item = page.files.order_by("sort_order", "pk").first()

    data = edit_data(page, last_reviewed="2025-06-01", next_review="2025-01-01")
    response = client.post(edit_url(page), data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "The next review must come after the last review." in html
    assert item.display_name in html


@pytest.mark.django_db
def test_a_file_replaced_in_a_draft_is_named_but_not_linked_to_the_live_one(users):
    client = client_as("admin", users)
    page = resource(MAIN_SLUG)
    item = page.files.order_by("sort_order", "pk").first()
    files = files_as_posted(page)
    replacement = make_file(PDF, "Draft", "A new version.", "document", "en")
    files[0]["file"] = SimpleUploadedFile("New version.pdf", replacement)

    data = page_data(page.slug, files, initial=len(files), **{"action-publish": ""})
    data["title"] = page.title
    assert client.post(edit_url(page), data).status_code == 302

    html = client.get(edit_url(page)).content.decode()
    assert "New version.pdf" in html
    assert f'href="{reverse("toolkit:file", args=[item.pk])}"' not in html
