"""Signed-in pages are rendered for their reader every time; their shared parts (listings,
topic lists, a topic's posts, search results) are kept for the readers the visibility rules
show the same content, never for anyone else, and a change shows at once. Every response
still carries what is the reader's alone: their CSRF token, "helpful" marks, unread marks,
drafts and held posts."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import PageViewRestriction

from cop import factories, posting
from cop.models import Draft, Reaction, ReadState
from core import roles
from guidance.models import PolicySummaryPage
from tests.cop.helpers import BASE, category
from tests.helpers import client_for, person
from toolkit.models import ResourcePage, ToolkitIndexPage

HIT = "X-Page-Cache"
SHARED = "fragments-hit"


pytestmark = pytest.mark.usefixtures("page_cache_on")


def long_standing(username, *groups):
    """A reader who joined long ago (not a new hire, so no new-hire banner), in `groups`."""
    return person(username, *groups, date_joined=timezone.now() - timedelta(days=400))


@pytest.fixture
def personnel():
    return [long_standing(f"staff-{n}", roles.PERSONNEL) for n in (1, 2)]


@pytest.fixture
def members():
    return [long_standing(f"fp-{n}", roles.PERSONNEL, roles.FOCAL_POINTS) for n in (1, 2)]


@pytest.fixture
def topic(members):
    made, _ = factories.topic(category("americas"), members[0], "Cache topic", "Opening text.")
    factories.many_replies(made, [members[0], members[1]], 4)
    return made


def toolkit_url():
    """The main toolkit listing (it lists the focal point kit's resources to focal points)."""
    return ToolkitIndexPage.objects.live().get(locale__language_code="en", depth=3).url


@pytest.mark.django_db
def test_the_same_audience_shares_one_listing(personnel):
    url = toolkit_url()
    first = client_for(personnel[0]).get(url)
    assert first[HIT] == "fragments-miss"
    reader = client_for(personnel[1])
    with CaptureQueriesContext(connection) as captured:
        second = reader.get(url)
    assert second[HIT] == SHARED
    # The page frame is read (the reader, the page, its translations); the listing is not.
    listing_tables = ("toolkit_resourcepage", "toolkit_resourcefile", "taggit_tag")
    assert not [q for q in captured if any(table in q["sql"] for table in listing_tables)]
    assert "private" in second["Cache-Control"]
    strip = [line for line in first.content.decode().splitlines() if "csrfmiddleware" not in line]
    again = [line for line in second.content.decode().splitlines() if "csrfmiddleware" not in line]
    assert strip == again


@pytest.mark.django_db
def test_each_reader_gets_a_csrf_token_that_works_for_them(personnel):
    url = toolkit_url()
    client_for(personnel[0]).get(url)
    reader = client_for(personnel[1], enforce_csrf_checks=True)
    page = reader.get(url)
    assert page[HIT] == SHARED
    token = page.content.decode().split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]
    signed_out = reader.post("/accounts/logout/", {"csrfmiddlewaretoken": token})
    assert signed_out.status_code == 302
    assert "_auth_user_id" not in reader.session


@pytest.mark.django_db
def test_other_groups_never_get_the_stored_page(personnel, members):
    """A focal point's toolkit lists the focal point kit; personnel must not see it."""
    url = toolkit_url()
    kit_only = ResourcePage.objects.live().filter(
        locale__language_code="en", url_path__contains="/focal-point-kit/"
    )
    secret = kit_only.first().title
    focal = client_for(members[0]).get(url)
    assert secret in focal.content.decode()
    staff = client_for(personnel[0]).get(url)
    assert staff[HIT] == "fragments-miss"
    assert secret not in staff.content.decode()


@pytest.mark.django_db
def test_publishing_empties_the_stored_listings(personnel):
    url = toolkit_url()
    client_for(personnel[0]).get(url)
    page = ToolkitIndexPage.objects.get(locale__language_code="en", depth=3)
    page.intro = "An introduction rewritten a moment ago."
    page.save_revision().publish()
    response = client_for(personnel[1]).get(url)
    assert response[HIT] == "fragments-miss"
    assert "An introduction rewritten a moment ago." in response.content.decode()


@pytest.mark.django_db
def test_a_topic_shows_each_member_their_own_marks(members, topic):
    url = f"{BASE}t/{topic.pk}/"
    mine, theirs = members
    replies = list(topic.posts.filter(is_opening=False).order_by("pk"))
    by_them = next(post for post in replies if post.author_id == theirs.pk)
    Reaction.objects.create(post=by_them, user=mine)
    Draft.objects.create(user=theirs, topic=topic, source="My unsent <draft> reply")
    first = client_for(mine).get(url).content.decode()
    response = client_for(theirs).get(url)
    assert response[HIT] == SHARED
    second = response.content.decode()

    def pressed(html, post):
        block = html.split(f'id="post-{post.pk}"')[1].split("</article>")[0]
        return 'aria-pressed="true"' in block, f"/p/{post.pk}/edit/" in block

    assert pressed(first, by_them) == (True, False)  # marked helpful, not theirs to edit
    assert pressed(second, by_them) == (False, True)  # their own post: edit, no helpful form
    assert "My unsent &lt;draft&gt; reply" in second
    assert "My unsent" not in first


@pytest.mark.django_db
def test_a_topic_read_from_the_store_is_marked_read(members, topic):
    url = f"{BASE}t/{topic.pk}/"
    client_for(members[0]).get(url)
    assert client_for(members[1]).get(url)[HIT] == SHARED
    newest = topic.posts.order_by("-pk").first().pk
    assert ReadState.objects.get(user=members[1], topic=topic).last_read_post_id == newest


@pytest.mark.django_db
def test_unread_marks_in_a_category_are_each_members_own(members, topic):
    url = f"{BASE}c/americas/"
    client_for(members[0]).get(f"{BASE}t/{topic.pk}/")  # member 0 has read it
    listing = client_for(members[0]).get(url).content.decode()
    response = client_for(members[1]).get(url)
    assert response[HIT] == SHARED
    row = f'href="{BASE}t/{topic.pk}/unread/"'
    assert row not in listing
    assert row in response.content.decode()


@pytest.mark.django_db
def test_a_member_with_a_held_post_sees_it_and_no_one_else_does(members, topic):
    url = f"{BASE}t/{topic.pk}/"
    client_for(members[1]).get(url)  # stored for members
    held = posting.create_reply(members[0], topic, "Call me on +000 000 0000 about this.").post
    assert held.status == "held"
    own = client_for(members[0]).get(url)
    assert f'id="post-{held.pk}"' in own.content.decode()
    other = client_for(members[1]).get(url)
    assert f'id="post-{held.pk}"' not in other.content.decode()


@pytest.mark.django_db
def test_a_reply_empties_its_topic_category_and_index_and_nothing_else(members, personnel, topic):
    elsewhere, _ = factories.topic(category("africa"), members[0], "Another topic", "Text.")
    kept = [f"{BASE}t/{elsewhere.pk}/", f"{BASE}c/africa/", toolkit_url()]
    emptied = [f"{BASE}t/{topic.pk}/", f"{BASE}c/americas/", BASE]
    for url in kept + emptied:
        client_for(members[0]).get(url)
    newcomer_search = "/en/search/?q=harassment"
    client_for(personnel[0]).get(newcomer_search)
    posting.create_reply(members[0], topic, "A fresh, harmless reply.")
    for url in emptied:
        assert client_for(members[1]).get(url)[HIT] == "fragments-miss", url
    for url in kept:
        assert client_for(members[1]).get(url)[HIT] == SHARED, url
    # Personnel who cannot read the forum keep their stored results: no post can be in them.
    assert client_for(personnel[1]).get(newcomer_search)[HIT] == SHARED


@pytest.mark.django_db
def test_a_members_own_follow_level_shows_on_a_shared_topic(members, topic):
    url = f"{BASE}t/{topic.pk}/"
    client_for(members[0]).get(url)
    reader = client_for(members[1])
    reader.post(f"{BASE}t/{topic.pk}/follow/", {"level": "watch"})
    response = reader.get(url)
    assert response[HIT] == SHARED
    assert 'value="watch" selected' in response.content.decode()
    assert 'value="watch" selected' not in client_for(members[0]).get(url).content.decode()


@pytest.mark.django_db
def test_a_passed_password_is_not_shared(personnel):
    page = PolicySummaryPage.objects.get(locale__language_code="en", slug="harassment-policy")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="open-sesame"
    )
    insider = client_for(personnel[0])
    session = insider.session
    session[PageViewRestriction.passed_view_restrictions_session_key] = [restriction.pk]
    session.save()
    assert page.title in insider.get(page.url).content.decode()
    outsider = client_for(personnel[1]).get(page.url)
    assert 'name="password"' in outsider.content.decode()


@pytest.mark.django_db
def test_stored_search_results_still_count_the_query(personnel):
    url = "/en/search/?q=harassment"
    client_for(personnel[0]).get(url)
    assert client_for(personnel[1]).get(url)[HIT] == SHARED
    assert Query.get("harassment").hits == 2


@pytest.mark.django_db
def test_posts_showing_an_authors_own_held_post_are_never_kept(members, topic, monkeypatch):
    """Even if the reader key failed to tell the author apart, the topic view does not let a
    page of posts with their held post be kept for the others."""
    held = posting.create_reply(members[0], topic, "Call me on +000 000 0000 about this.").post
    monkeypatch.setattr("core.visibility.community.has_own_unpublished", lambda user: False)
    url = f"{BASE}t/{topic.pk}/"
    assert f'id="post-{held.pk}"' in client_for(members[0]).get(url).content.decode()
    other = client_for(members[1]).get(url)
    assert other[HIT] == "fragments-miss"
    assert f'id="post-{held.pk}"' not in other.content.decode()


@pytest.mark.django_db
def test_a_moderators_page_never_reaches_a_member(members, topic):
    """Moderators see held posts and moderation forms; members of the same campaign audience
    must not get their stored page."""
    held = posting.create_reply(members[0], topic, "Call me on +000 000 0000 about this.").post
    moderator = long_standing("mod-1", roles.PERSONNEL, roles.FOCAL_POINTS, roles.MODERATORS)
    url = f"{BASE}t/{topic.pk}/"
    seen = client_for(moderator).get(url).content.decode()
    assert f'id="post-{held.pk}"' in seen
    assert "moderate-heading" in seen
    member = client_for(members[1]).get(url)
    assert member[HIT] == "fragments-miss"
    assert f'id="post-{held.pk}"' not in member.content.decode()
    assert "moderate-heading" not in member.content.decode()
