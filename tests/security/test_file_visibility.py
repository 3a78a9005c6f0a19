"""Documents, images and renditions follow the one visibility rule: a file used only by pages a
reader may not see is not served to that reader, by any address, and collection privacy holds.

Every request goes through a web server that also hands out MEDIA_ROOT under MEDIA_URL, as
production's does (tests/security/media_server_urls.py): a file must not leak that way either.
"""

from __future__ import annotations

import re
from datetime import date
from io import BytesIO

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.test import Client
from PIL import Image as PillowImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    GroupCollectionPermission,
    PageViewRestriction,
)
from wagtail.rich_text import RichText

from core.roles import FOCAL_POINTS
from home.models import HomePage
from toolkit.models import ResourcePage, ToolkitIndexPage

pytestmark = pytest.mark.django_db

DENIED = {"anonymous": {302, 404}, "signed_in": {403, 404}}


@pytest.fixture(autouse=True)
def media_server(settings, tmp_path):
    """Files of this module's own, behind a server that also serves MEDIA_ROOT."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    settings.ROOT_URLCONF = "tests.security.media_server_urls"


def png(colour="navy") -> ImageFile:
    buffer = BytesIO()
    PillowImage.new("RGB", (120, 160), colour).save(buffer, "PNG")
    return ImageFile(buffer, name="poster.png")


def make_image(title, collection=None):
    image = get_image_model()(title=title, description=f"{title}, for screen readers", file=png())
    if collection is not None:
        image.collection = collection
    image.save()
    return image


def make_document(title):
    document = get_document_model()(title=title, file=ContentFile(b"%PDF-1.4 demo", "f.pdf"))
    document.save()
    return document


def shelf(slug, restricted_to=None):
    home = HomePage.objects.get(locale__language_code="en")
    section = ToolkitIndexPage(title=slug.title(), slug=slug)
    home.add_child(instance=section)
    section.save_revision().publish()
    if restricted_to:
        restriction = PageViewRestriction.objects.create(
            page=section, restriction_type=PageViewRestriction.GROUPS
        )
        restriction.groups.add(Group.objects.get(name=restricted_to))
    return section


def resource(parent, slug, cover=None, document=None, publish=True):
    """A resource with `cover` as its picture and a link to `document` in its text."""
    link = f'<p><a linktype="document" id="{document.pk}">The file</a></p>' if document else ""
    page = ResourcePage(
        live=publish,
        title=f"Resource {slug}",
        slug=slug,
        summary="A resource.",
        resource_type="checklist",
        topic="sh",
        year=2026,
        owning_unit="Unit",
        content_owner="Owner",
        last_reviewed=date(2026, 1, 1),
        next_review=date(2030, 1, 1),
        cover=cover,
        body=[("paragraph", RichText(link or "<p>Text.</p>"))],
    )
    parent.add_child(instance=page)
    revision = page.save_revision()
    if publish:
        revision.publish()
    return page


def clients(users):
    made = {"anonymous": Client()}
    for name in ("newhire", "focalpoint", "admin"):
        made[name] = Client()
        made[name].force_login(users[name])
    return made


def status(client, url):
    return client.get(url).status_code


def rendition_url(image):
    return image.get_rendition("width-100").url


def raw_urls(document, image):
    """Where each file would be under MEDIA_URL, were it kept under MEDIA_ROOT."""
    rendition = image.get_rendition("width-100")
    return [f"/media/{item.file.name}" for item in (document, image, rendition)]


@pytest.fixture
def library(users):
    """A public shelf and a focal-points-only shelf, each with a resource that shows a cover
    and links a document."""
    items = {
        "public_image": make_image("Open poster"),
        "public_document": make_document("Open checklist"),
        "private_image": make_image("Kit cover"),
        "private_document": make_document("Kit intake form"),
    }
    resource(shelf("open-shelf"), "open", items["public_image"], items["public_document"])
    kit = shelf("closed-shelf", restricted_to=FOCAL_POINTS)
    resource(kit, "kit", items["private_image"], items["private_document"])
    return items


def test_files_go_with_the_pages_that_use_them(users, library):
    made = clients(users)
    private = {
        "anonymous": DENIED["anonymous"],
        "newhire": DENIED["signed_in"],
        "focalpoint": {200},
        "admin": {200},
    }
    for role, client in made.items():
        for key, item in library.items():
            url = item.url if key.endswith("document") else rendition_url(item)
            expected = private[role] if key.startswith("private") else {200}
            got = status(client, url)
            assert got in expected, f"{role} got {got} for {key} at {url}"
    # One public page using it is enough.
    resource(shelf("second-shelf"), "also-open", library["private_image"])
    assert status(made["anonymous"], rendition_url(library["private_image"])) == 200


def test_no_file_is_reachable_under_media_url(users, library):
    for role in ("anonymous", "focalpoint", "admin"):
        client = clients(users)[role]
        for visibility in ("public", "private"):
            document, image = library[f"{visibility}_document"], library[f"{visibility}_image"]
            for url in raw_urls(document, image):
                assert status(client, url) == 404, f"{role} reads {url} under MEDIA_URL"


def test_the_image_tag_points_at_the_checking_view(users, library):
    page = ResourcePage.objects.get(slug="open")
    html = Client().get(page.url).content.decode()
    sources = re.findall(r'<img[^>]* src="([^"]+)"', html)
    cover = [src for src in sources if "/media/" not in src]
    assert cover, "the cover is not on the page"
    assert 'alt="Open poster, for screen readers"' in html
    response = Client().get(cover[0])
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert b"".join(response.streaming_content).startswith(b"\x89PNG")


def test_restricted_files_are_private_in_caches_and_public_images_may_be_kept(users, library):
    focal = clients(users)["focalpoint"]
    for response in (
        focal.get(library["private_document"].url),
        focal.get(rendition_url(library["private_image"])),
    ):
        assert response.status_code == 200
        assert "private" in response["Cache-Control"]
        assert "public" not in response["Cache-Control"]
    response = Client().get(rendition_url(library["public_image"]))
    assert "public" in response["Cache-Control"]
    assert "max-age" in response["Cache-Control"]


def test_a_file_used_only_by_unpublished_pages_is_not_served(users):
    image = make_image("Draft poster")
    resource(shelf("draft-shelf"), "draft", image, publish=False)
    made = clients(users)
    assert status(made["newhire"], rendition_url(image)) == 404
    assert status(made["admin"], rendition_url(image)) == 200


def test_collection_privacy_keeps_applying(users):
    """Collection privacy holds whether or not pages use the file; a file no page uses, in a
    collection without restrictions, is public."""
    staff_only = Collection.get_first_root_node().add_child(name="Staff only")
    CollectionViewRestriction.objects.create(
        collection=staff_only, restriction_type=CollectionViewRestriction.LOGIN
    )
    used, unused = make_image("Used", staff_only), make_image("Unused", staff_only)
    resource(shelf("collection-shelf"), "in-collection", used)
    made = clients(users)
    for image in (used, unused):
        assert status(made["anonymous"], rendition_url(image)) == 404
        assert status(made["newhire"], rendition_url(image)) == 200
    document = make_document("Staff memo")
    document.collection = staff_only
    document.save()
    assert status(made["anonymous"], document.url) == 302
    assert status(made["newhire"], document.url) == 200
    assert status(made["anonymous"], rendition_url(make_image("Loose"))) == 200


def test_people_who_may_choose_an_image_in_the_admin_still_get_it(users):
    """The admin's choosers and edit views show renditions: they keep working for the people
    with permission on the image, whatever the pages using it."""
    image = make_image("Chooser poster")
    resource(shelf("kit-shelf", restricted_to=FOCAL_POINTS), "kit-only", image)
    group = Group.objects.create(name="Picture choosers")
    GroupCollectionPermission.objects.create(
        group=group,
        collection=Collection.get_first_root_node(),
        permission=Permission.objects.get(
            content_type__app_label="wagtailimages", codename="choose_image"
        ),
    )
    chooser = get_user_model().objects.create_user("chooser", password="x")  # noqa: S106
    chooser.groups.add(group, Group.objects.get(name="Personnel"))
    client = Client()
    client.force_login(chooser)
    assert status(client, rendition_url(image)) == 200
    assert status(clients(users)["newhire"], rendition_url(image)) == 404
