"""Reading and writing in the forum: rendering, quoting, drafts, preview, unanswered,
helpful, edit history, moderation tools, directory and the demo content."""

import pytest
from django.core.management import call_command

from cop import guard, moderation, posting, rendering
from cop.models import Category, Draft, ModerationAction, Post, PostRevision, Topic
from tests.cop.helpers import BASE, category, topic_titled
from tests.helpers import client_for

TOPIC = "What do you tell a supervisor"


@pytest.mark.parametrize(
    ("text", "reasons"),
    [
        ("Write to jane.doe@example.org", ["email"]),
        ("Call +000 000 0000 after 5", ["phone"]),
        ("See INV/2025/045 for details", ["case_reference"]),
        ("Caso n.º 2024-77", ["case_reference"]),
        ("She was born in 1990", ["birth_date"]),
        ("passport number AB12345", ["id_number"]),
        ("Under ST/SGB/2003/13 this is prohibited.", []),
        ("We trained 350 people in 2021-2024.", []),
        ("In our case, 3 people came.", []),
    ],
)
def test_the_guard(text, reasons):
    assert guard.check(text) == reasons


def test_markdown_keeps_formatting_and_drops_images_and_raw_html():
    html = rendering.render("**bold** ![x](https://tracker.example/p.gif) <b>raw</b>\n\n# Big")
    assert "<strong>bold</strong>" in html
    assert "<img" not in html
    assert "<b>" not in html
    assert "&lt;b&gt;" in html
    assert "<h3>Big</h3>" in html


@pytest.mark.django_db
def test_quote_draft_and_preview(users):
    topic = topic_titled(TOPIC)
    client = client_for(users["moderator"])
    answer = topic.posts.filter(is_opening=False).first()
    form = client.get(f"{BASE}t/{topic.pk}/reply/?quote={answer.pk}").context["form"]
    assert form.initial["source"].startswith("> **Ana (demo focal point):**")

    response = client.post(
        f"{BASE}t/{topic.pk}/reply/", {"source": "Half-written thought", "action": "draft"}
    )
    assert response.status_code == 200
    assert Draft.objects.get(user=users["moderator"], topic=topic).source == "Half-written thought"
    page = client.get(f"{BASE}t/{topic.pk}/").content.decode()
    assert "Half-written thought" in page

    response = client.post(
        f"{BASE}t/{topic.pk}/reply/", {"source": "Some **bold** idea", "action": "preview"}
    )
    assert "<strong>bold</strong>" in response.content.decode()
    assert not Post.objects.filter(source="Some **bold** idea").exists()


@pytest.mark.django_db
def test_unanswered_lists_questions_without_an_accepted_answer(users):
    body = client_for(users["focalpoint"]).get(f"{BASE}unanswered/").content.decode()
    assert TOPIC in body
    assert "difundir los canales" not in body  # answered and accepted in the demo


@pytest.mark.django_db
def test_helpful_toggles_and_is_not_for_ones_own_post(users):
    topic = topic_titled(TOPIC)
    answer = topic.posts.filter(is_opening=False).first()
    other = client_for(users["demo-omar"])
    other.post(f"{BASE}p/{answer.pk}/helpful/")
    assert answer.reactions.count() == 1
    other.post(f"{BASE}p/{answer.pk}/helpful/")
    assert answer.reactions.count() == 0
    response = client_for(answer.author).post(f"{BASE}p/{answer.pk}/helpful/")
    assert response.status_code == 400


@pytest.mark.django_db
def test_only_the_asker_accepts_an_answer(users):
    topic = topic_titled(TOPIC)
    answer = topic.posts.filter(is_opening=False).first()
    response = client_for(users["demo-camille"]).post(f"{BASE}p/{answer.pk}/accept/")
    assert response.status_code == 403
    assert Topic.objects.get(pk=topic.pk).accepted_post is None


@pytest.mark.django_db
def test_edits_keep_history_for_moderators_and_recheck_the_guard(users):
    topic = topic_titled(TOPIC)
    answer = topic.posts.filter(is_opening=False).first()
    author = client_for(answer.author)
    old = answer.source
    response = author.post(
        f"{BASE}p/{answer.pk}/edit/", {"source": old + "\n\nCall me on +000 111 2222 333."}
    )
    assert response.status_code == 302
    answer.refresh_from_db()
    assert answer.status == "held"
    assert "phone" in answer.hold_reasons
    assert PostRevision.objects.get(post=answer).source == old
    history = client_for(users["moderator"]).get(f"{BASE}p/{answer.pk}/history/")
    assert history.status_code == 200
    assert old[:30] in history.content.decode()


@pytest.mark.django_db
def test_lock_pin_move_are_logged(users):
    topic = topic_titled(TOPIC)
    client = client_for(users["moderator"])
    client.post(f"{BASE}t/{topic.pk}/moderate/", {"action": "lock"})
    client.post(f"{BASE}t/{topic.pk}/moderate/", {"action": "pin"})
    africa = category("africa")
    client.post(f"{BASE}t/{topic.pk}/moderate/", {"action": "move", "category": africa.pk})
    topic.refresh_from_db()
    assert topic.locked
    assert topic.pinned
    assert topic.category == africa
    kinds = set(ModerationAction.objects.filter(topic=topic).values_list("kind", flat=True))
    assert {"lock", "pin", "move"} <= kinds
    refused = client_for(users["focalpoint"]).post(
        f"{BASE}t/{topic.pk}/moderate/", {"action": "unlock"}
    )
    assert refused.status_code == 404
    with pytest.raises(posting.PostingError):
        moderation.set_topic_flag(users["focalpoint"], topic, "unlock")


@pytest.mark.django_db
def test_the_directory_filters(users):
    client = client_for(users["focalpoint"])
    body = client.get(f"{BASE}members/?language=ar").content.decode()
    assert "Omar (demo)" in body
    assert "Ana (demo focal point)" not in body
    body = client.get(f"{BASE}members/?role=psea&region=africa").content.decode()
    assert "Camille (demo)" in body
    assert "Omar (demo)" not in body
    body = client.get(f"{BASE}members/?q=informal").content.decode()
    assert "Omar (demo)" in body
    assert "Camille (demo)" not in body
    # Only members are listed, never other staff.
    assert "newhire" not in client.get(f"{BASE}members/").content.decode()


@pytest.mark.django_db
def test_profile_and_settings_forms(users):
    client = client_for(users["focalpoint"])
    response = client.post(
        f"{BASE}profile/",
        {
            "display_name": "Ana",
            "office": "Country Office A",
            "region": "americas",
            "role": "psea",
            "languages": ["es", "pt"],
            "expertise": "referrals",
        },
    )
    assert response.status_code == 302
    profile = users["focalpoint"].cop_profile
    profile.refresh_from_db()
    assert profile.language_codes == ["es", "pt"]
    response = client.post(f"{BASE}settings/", {"email_mode": "bogus"})
    assert response.status_code == 400


@pytest.mark.django_db
def test_demo_content_has_threads_in_several_languages_and_one_held_post():
    languages = set(Topic.objects.values_list("language", flat=True))
    assert {"en", "fr", "es", "ar"} <= languages
    spanish = Topic.objects.get(language="es", is_question=True)
    assert spanish.accepted_post is not None
    assert Post.objects.filter(status="held").count() == 1
    assert {Category.THEME, Category.REGION} == set(Category.objects.values_list("kind", flat=True))


@pytest.mark.django_db
def test_seeding_again_changes_nothing():
    models = (Category, Topic, Post)
    before = [model.objects.count() for model in models]
    call_command("seed_demo", verbosity=0)
    assert [model.objects.count() for model in models] == before


@pytest.mark.django_db
def test_page_last_shows_the_last_page_of_a_long_topic(users):
    from cop import factories
    from cop.views.common import POSTS_PER_PAGE

    topic = topic_titled(TOPIC)
    factories.many_replies(topic, [users["focalpoint"]], 2 * POSTS_PER_PAGE, text="Late reply.")
    newest = Post.objects.filter(topic=topic).latest("pk")

    response = client_for(users["demo-omar"]).get(f"{BASE}t/{topic.pk}/?page=last")
    assert response.status_code == 200
    shown = response.context["posts"]
    assert shown.number == shown.paginator.num_pages >= 3
    assert f'id="post-{newest.pk}"' in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("value", "status", "number"), [("abc", 200, 1), ("²", 200, 1), ("9" * 5000, 404, None)]
)
def test_a_page_number_that_is_not_one_is_the_first_page_or_a_404(value, status, number, users):
    topic = topic_titled(TOPIC)
    response = client_for(users["demo-omar"]).get(f"{BASE}t/{topic.pk}/", {"page": value})
    assert response.status_code == status
    if number:
        assert response.context["posts"].number == number
