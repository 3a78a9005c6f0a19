"""Signed-in readers share stored pages with the readers the visibility rules show the same
content, never with anyone else, and every response still carries what is theirs alone: their
CSRF token, "helpful" marks, unread marks, drafts, held posts and messages."""

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import PageViewRestriction

from cop import factories, posting
from cop.models import Draft, Reaction, ReadState
from core import roles
from guidance.models import PolicySummaryPage
from tests.cop.helpers import BASE, category
from toolkit.models import ResourcePage, ToolkitIndexPage

HIT = "X-Page-Cache"


pytestmark = pytest.mark.usefixtures("page_cache_on")


def person(username, *groups):
    """A reader who joined long ago (not a new hire), in `groups`."""
    user = get_user_model().objects.create_user(
        username, date_joined=timezone.now() - timedelta(days=400)
    )
    user.groups.set(Group.objects.filter(name__in=groups))
    return user


def client_for(user, **kwargs):
    client = Client(**kwargs)
    client.force_login(user)
    return client


@pytest.fixture
def personnel():
    return [person(f"staff-{n}", roles.PERSONNEL) for n in (1, 2)]


@pytest.fixture
def members():
    return [person(f"fp-{n}", roles.PERSONNEL, roles.FOCAL_POINTS) for n in (1, 2)]


@pytest.fixture
def topic(members):
    made, _ = factories.topic(category("americas"), members[0], "Cache topic", "Opening text.")
    factories.many_replies(made, [members[0], members[1]], 4)
    return made


def toolkit_url():
    """The main toolkit listing (it lists the focal point kit's resources to focal points)."""
    return ToolkitIndexPage.objects.live().get(locale__language_code="en", depth=3).url


@pytest.mark.django_db
def test_the_same_audience_shares_one_stored_page(personnel, django_assert_max_num_queries):
    url = toolkit_url()
    first = client_for(personnel[0]).get(url)
    assert HIT not in first
    reader = client_for(personnel[1])
    # The session, the user, their groups; nothing of the page itself.
    with django_assert_max_num_queries(3):
        second = reader.get(url)
    assert second[HIT] == "hit"
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
    assert page[HIT] == "hit"
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
    assert HIT not in staff
    assert secret not in staff.content.decode()


@pytest.mark.django_db
def test_publishing_empties_the_stored_pages_of_that_area(personnel):
    url = toolkit_url()
    client_for(personnel[0]).get(url)
    page = ToolkitIndexPage.objects.get(locale__language_code="en", depth=3)
    page.intro = "An introduction rewritten a moment ago."
    page.save_revision().publish()
    response = client_for(personnel[1]).get(url)
    assert HIT not in response
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
    assert response[HIT] == "hit"
    second = response.content.decode()

    def pressed(html, post):
        block = html.split(f'id="post-{post.pk}"')[1].split("</article>")[0]
        return 'aria-pressed="true"' in block, f"/p/{post.pk}/edit/" in block

    assert pressed(first, by_them) == (True, False)  # marked helpful, not theirs to edit
    assert pressed(second, by_them) == (False, True)  # their own post: edit, no helpful form
    assert "My unsent &lt;draft&gt; reply" in second
    assert "My unsent" not in first
    assert "[[" not in second


@pytest.mark.django_db
def test_a_topic_read_from_the_store_is_marked_read(members, topic):
    url = f"{BASE}t/{topic.pk}/"
    client_for(members[0]).get(url)
    assert client_for(members[1]).get(url)[HIT] == "hit"
    newest = topic.posts.order_by("-pk").first().pk
    assert ReadState.objects.get(user=members[1], topic=topic).last_read_post_id == newest


@pytest.mark.django_db
def test_unread_marks_in_a_category_are_each_members_own(members, topic):
    url = f"{BASE}c/americas/"
    client_for(members[0]).get(f"{BASE}t/{topic.pk}/")  # member 0 has read it
    listing = client_for(members[0]).get(url).content.decode()
    response = client_for(members[1]).get(url)
    assert response[HIT] == "hit"
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
def test_a_reply_empties_forum_pages_but_not_the_toolkit(members, topic):
    forum, toolkit = f"{BASE}t/{topic.pk}/", toolkit_url()
    for url in (forum, toolkit):
        client_for(members[0]).get(url)
    posting.create_reply(members[0], topic, "A fresh, harmless reply.")
    assert HIT not in client_for(members[1]).get(forum)
    assert client_for(members[1]).get(toolkit)[HIT] == "hit"


@pytest.mark.django_db
def test_a_waiting_message_is_shown_not_a_stored_page(members, topic):
    url = f"{BASE}t/{topic.pk}/"
    client_for(members[0]).get(url)
    reader = client_for(members[1])
    reader.post(f"{BASE}t/{topic.pk}/follow/", {"level": "watch"})
    response = reader.get(url)
    assert HIT not in response
    assert 'class="cop-messages"' in response.content.decode()
    assert 'value="watch" selected' in response.content.decode()


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
    assert HIT not in outsider
    assert 'name="password"' in outsider.content.decode()


@pytest.mark.django_db
def test_stored_search_results_still_count_the_query(personnel):
    url = "/en/search/?q=harassment"
    client_for(personnel[0]).get(url)
    assert client_for(personnel[1]).get(url)[HIT] == "hit"
    assert Query.get("harassment").hits == 2


@pytest.mark.django_db
def test_text_that_looks_like_a_hole_stays_text(members):
    title = "Why [[hole:0000:csrf:]] and [[choice:1:reader_is:1]] show"
    made, _ = factories.topic(category("americas"), members[0], title, "Body.")
    response = client_for(members[1]).get(f"{BASE}t/{made.pk}/")
    assert title in response.content.decode()


@pytest.mark.django_db
def test_a_page_showing_an_authors_own_held_post_is_never_kept(members, topic, monkeypatch):
    """Even if the reader key failed to tell the author apart, the topic view does not let a
    page with their held post be stored for the others."""
    held = posting.create_reply(members[0], topic, "Call me on +000 000 0000 about this.").post
    monkeypatch.setattr("core.visibility.community.has_own_unpublished", lambda user: False)
    url = f"{BASE}t/{topic.pk}/"
    assert f'id="post-{held.pk}"' in client_for(members[0]).get(url).content.decode()
    other = client_for(members[1]).get(url)
    assert HIT not in other
    assert f'id="post-{held.pk}"' not in other.content.decode()


@pytest.mark.django_db
def test_a_moderators_page_never_reaches_a_member(members, topic):
    """Moderators see held posts and moderation forms; members of the same campaign audience
    must not get their stored page."""
    held = posting.create_reply(members[0], topic, "Call me on +000 000 0000 about this.").post
    moderator = person("mod-1", roles.PERSONNEL, roles.FOCAL_POINTS, roles.MODERATORS)
    url = f"{BASE}t/{topic.pk}/"
    seen = client_for(moderator).get(url).content.decode()
    assert f'id="post-{held.pk}"' in seen and "moderate-heading" in seen
    member = client_for(members[1]).get(url)
    assert HIT not in member
    assert f'id="post-{held.pk}"' not in member.content.decode()
    assert "moderate-heading" not in member.content.decode()
