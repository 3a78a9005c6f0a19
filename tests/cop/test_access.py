"""Every role against every community surface: only members see anything, and a refusal
leaks no title, name or count."""

import pytest

from cop.models import Post
from tests.cop.helpers import topic_titled
from tests.helpers import client_for

SECRET_TITLE = "Former les chauffeurs et les gardiens"
MEMBER_NAME = "Camille (demo)"

ROLES = {
    "anonymous": False,
    "newhire": False,
    "comms": False,
    "editor": False,
    "translator": False,
    "focalpoint": True,
    "moderator": True,
    "admin": True,
}


def surfaces():
    topic = topic_titled(SECRET_TITLE)
    post = Post.objects.filter(topic=topic, status="published").first()
    camille = Post.objects.filter(topic=topic).first().author_id
    paths = []
    for code in ("en", "fr", "es", "ar", "zh-hans"):
        paths += [f"/{code}/community/", f"/{code}/community/t/{topic.pk}/"]
    base = "/en/community/"
    paths += [
        f"{base}c/prevention-and-training/",
        f"{base}c/prevention-and-training/new/",
        f"{base}unanswered/",
        f"{base}feed/",
        f"{base}members/",
        f"{base}members/{camille}/",
        f"{base}notifications/",
        f"{base}settings/",
        f"{base}p/{post.pk}/",
        f"{base}t/{topic.pk}/unread/",
        f"/community/go/topic/{topic.pk}/",
    ]
    return paths


@pytest.mark.django_db
@pytest.mark.parametrize(("role", "member"), ROLES.items())
def test_only_members_see_the_community(role, member, users):
    client = client_for(None if role == "anonymous" else users[role])
    for path in surfaces():
        # Signed-in readers follow redirects: Django's locale middleware answers an unknown
        # address outside the language prefix with a redirect into it, then a 404.
        response = client.get(path, follow=role != "anonymous" and not member)
        body = response.content.decode()
        if member:
            assert response.status_code in (200, 302), path
            continue
        if role == "anonymous":
            assert response.status_code == 302, path
            assert "/login/" in response["Location"], path
        else:
            assert response.status_code == 404, path
        assert SECRET_TITLE not in body, path
        assert MEMBER_NAME not in body, path


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["newhire", "comms", "moderator"])
def test_the_community_is_listed_on_the_home_page_only_for_members(role, users):
    body = client_for(users[role]).get("/en/").content.decode()
    assert ("Community of practice" in body) == (role == "moderator")


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["focalpoint", "newhire"])
def test_moderation_screens_are_for_moderators_only(role, users):
    client = client_for(users[role])
    for path in ("moderation/", "moderation/log/", "p/1/history/"):
        assert client.get(f"/en/community/{path}").status_code == 404


@pytest.mark.django_db
def test_held_post_is_seen_by_its_author_and_moderators_only(users):
    held = Post.objects.get(status="held", source__contains="camille.b@example.org")
    path = f"/en/community/t/{held.topic_id}/"
    assert "camille.b@example.org" in client_for(users["moderator"]).get(path).content.decode()
    assert "camille.b@example.org" in client_for(users["demo-camille"]).get(path).content.decode()
    assert "camille.b@example.org" not in client_for(users["focalpoint"]).get(path).content.decode()
