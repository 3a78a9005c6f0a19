"""The Wagtail admin: a phase that is not ready cannot be scheduled and the admin says why;
bad schedules get clear errors and nothing is saved; planners' calendar, test e-mail and feed
address pages."""

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import Locale, PageViewRestriction
from wagtail.test.utils.form_data import nested_form_data, streamfield
from wagtail.users.models import UserProfile

from campaigns.factories import make_phase
from campaigns.models import CalendarFeedToken, PhasePage
from tests.helpers import client_for, later

pytestmark = pytest.mark.django_db

FORMAT = "%Y-%m-%d %H:%M"


def edit_data(phase, **changes):
    data = {
        "title": phase.title,
        "slug": phase.slug,
        "number": phase.number,
        "go_live_at": phase.go_live_at.strftime(FORMAT),
        "expire_at": phase.expire_at.strftime(FORMAT),
        "objective": phase.objective,
        "key_messages": phase.key_messages,
        "audiences": phase.audiences,
        "offices": phase.offices,
        "email_subject": phase.email_subject,
        "email_body": phase.email_body,
        "yammer_post": phase.yammer_post,
        "newsletter_blurb": phase.newsletter_blurb,
        "banner_text": phase.banner_text,
        "banner_link": phase.banner_link,
        "seo_title": "",
        "search_description": "",
    }
    data.update(nested_form_data({"body": streamfield([]), "files": streamfield([])}))
    data.update(changes)
    return data


def edit_url(phase):
    return reverse("wagtailadmin_pages:edit", args=[phase.pk])


def revisions(phase):
    return phase.revisions.count()


@pytest.fixture
def draft(users):
    """A new phase saved as a draft, translated into French and Spanish but not Arabic."""
    phase = make_phase(20, later(5), later(10), translate=("fr", "es"), publish=False)
    phase.owner = users["comms"]
    phase.save()
    return phase


def test_missing_arabic_translation_blocks_scheduling_and_the_admin_says_why(draft, users):
    before = revisions(draft)
    for user, action in ((users["comms"], "action-submit"), (users["editor"], "action-publish")):
        response = client_for(user).post(edit_url(draft), edit_data(draft, **{action: "1"}))
        assert response.status_code == 200
        html = response.content.decode()
        assert "This phase cannot be scheduled yet." in html
        assert "There is no Arabic translation yet." in html
    assert revisions(draft) == before
    draft.refresh_from_db()
    assert not draft.live
    assert not draft.is_scheduled()
    assert draft.workflow_in_progress is False
    # The readiness panel on the edit page names it too.
    page = client_for(users["comms"]).get(edit_url(draft)).content.decode()
    assert "There is no Arabic translation yet." in page


def test_a_complete_phase_is_submitted_then_approved_and_scheduled(draft, users, mailoutbox):
    from demo import seeding

    seeding.ensure_translation(draft, "ar", title="المرحلة 20", email_subject="المرحلة 20")
    response = client_for(users["comms"]).post(
        edit_url(draft), edit_data(draft, **{"action-submit": "1"})
    )
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.workflow_in_progress
    assert draft.current_workflow_state.workflow.name == "Campaign approval"
    response = client_for(users["editor"]).post(
        edit_url(draft),
        edit_data(draft, **{"action-workflow-action": "1", "workflow-action-name": "approve"}),
    )
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.is_scheduled()
    assert not draft.live
    translations = PhasePage.objects.filter(translation_key=draft.translation_key).exclude(
        pk=draft.pk
    )
    assert all(page.is_scheduled() for page in translations)
    assert not [m for m in mailoutbox if m.subject.startswith("Phase 20")]


def test_empty_channel_asset_blocks_scheduling(draft, users):
    from demo import seeding

    seeding.ensure_translation(draft, "ar")
    response = client_for(users["editor"]).post(
        edit_url(draft), edit_data(draft, yammer_post="", **{"action-publish": "1"})
    )
    assert "The Viva Engage (Yammer) post is empty." in response.content.decode()


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        (
            {"go_live_at": later(9).strftime(FORMAT), "expire_at": later(8).strftime(FORMAT)},
            "The end must be after the start.",
        ),
        (
            {"go_live_at": later(9).strftime(FORMAT), "expire_at": later(9).strftime(FORMAT)},
            "The end must be after the start.",
        ),
        (
            {"go_live_at": later(-1).strftime(FORMAT)},
            "The start is in the past. Choose a time from now on.",
        ),
        (
            {"go_live_at": later(-3).strftime(FORMAT), "expire_at": later(-2).strftime(FORMAT)},
            "The end is in the past.",
        ),
        ({"email_subject": ""}, "This field is required."),
        ({"go_live_at": "next tuesday"}, "Enter a valid date/time."),
        ({"audiences": ["everyone"]}, "Select a valid choice."),
    ],
)
@pytest.mark.parametrize("action", ["action-publish", "action-submit"])
def test_bad_input_gets_a_clear_error_and_nothing_is_saved(draft, users, changes, message, action):
    user = users["editor"] if action == "action-publish" else users["comms"]
    before = revisions(draft)
    response = client_for(user).post(edit_url(draft), edit_data(draft, **changes, **{action: "1"}))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert revisions(draft) == before
    draft.refresh_from_db()
    assert not draft.is_scheduled()
    assert not draft.live


@pytest.mark.parametrize(
    "local_time", ["2027-03-28 02:30", "2027-10-31 02:30"], ids=["gap", "repeated"]
)
def test_a_start_that_does_not_exist_or_happens_twice_is_refused(draft, users, local_time):
    """In Paris, 02:30 does not exist on 28 March 2027 and happens twice on 31 October 2027."""
    profile = UserProfile.get_for_user(users["comms"])
    profile.current_time_zone = "Europe/Paris"
    profile.save()
    before = revisions(draft)
    response = client_for(users["comms"]).post(
        edit_url(draft),
        edit_data(draft, go_live_at=local_time, expire_at="2027-12-01 09:00"),
    )
    assert response.status_code == 200
    assert "couldn’t be interpreted in time zone Europe/Paris" in response.content.decode()
    assert revisions(draft) == before


def test_times_are_read_in_the_editors_time_zone(draft, users):
    profile = UserProfile.get_for_user(users["comms"])
    profile.current_time_zone = "Europe/Paris"
    profile.save()
    response = client_for(users["comms"]).post(
        edit_url(draft),
        edit_data(draft, go_live_at="2027-07-01 09:00", expire_at="2027-08-01 09:00"),
    )
    assert response.status_code == 302
    draft.refresh_from_db()
    saved = draft.get_latest_revision_as_object()
    assert saved.go_live_at.isoformat() == "2027-07-01T07:00:00+00:00"  # summer time, UTC+2


def test_planner_calendar_shows_every_phase_with_status_and_reach(users):
    response = client_for(users["comms"]).get(reverse("campaigns_admin:calendar"))
    assert response.status_code == 200
    html = response.content.decode()
    for status in ("Ended", "Live", "Scheduled"):
        assert f"<td>{status}</td>" in html
    assert "fewer than 5" in html
    assert "<svg" in html
    assert "<table" in html


def test_calendar_names_itself_each_phase_once_and_every_ended_phase_has_its_end(users):
    make_phase(70, later(10), later(20), translate=(), title="Phase 70: Bystanders speak up")
    html = client_for(users["comms"]).get(reverse("campaigns_admin:calendar")).content.decode()
    # The visible header is the breadcrumb trail (the h1 is for screen readers only).
    trail = html.split('aria-label="Breadcrumb"')[1].split("</nav>")[0]
    assert "Campaign calendar" in trail
    assert "Phase 70: Bystanders speak up" in html
    assert "Phase 70: Phase 70" not in html
    table = html.split('<table class="timeline-table">')[1].split("</table>")[0]
    for row in table.split("<tr>")[2:]:
        if "<td>Ended</td>" in row:
            assert "not set" not in row, row


@pytest.mark.parametrize("name", ["newhire", "translator", "focalpoint"])
def test_calendar_and_test_email_are_for_planners_only(users, name):
    phase = PhasePage.objects.filter(locale=Locale.get_default()).first()
    client = client_for(users[name])
    for url in (
        reverse("campaigns_admin:calendar"),
        reverse("campaigns_admin:feed_token"),
        reverse("campaigns_admin:test_email", args=[phase.pk]),
    ):
        assert client.get(url).status_code in (302, 403)
    assert client.post(reverse("campaigns_admin:test_email", args=[phase.pk])).status_code in (
        302,
        403,
    )


def test_send_me_a_test_goes_to_the_requester_only_and_needs_csrf(draft, users, mailoutbox):
    url = reverse("campaigns_admin:test_email", args=[draft.pk])
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(users["comms"])
    assert strict.post(url).status_code == 403
    assert mailoutbox == []
    client = client_for(users["comms"])
    assert "Send me a test" in client.get(url).content.decode()
    response = client.post(url)
    assert response.status_code == 302
    assert [m.to for m in mailoutbox] == [["comms@example.org"]]
    assert mailoutbox[0].subject == "[TEST] Phase 20 starts"
    assert "This is a test" in mailoutbox[0].body


def test_feed_address_is_issued_shown_once_and_revocable(users):
    client = client_for(users["comms"])
    url = reverse("campaigns_admin:feed_token")
    response = client.post(url, {"action": "issue"})
    html = response.content.decode()
    feed_url = html.split('id="feed-url" type="text" readonly value="')[1].split('"')[0]
    path = feed_url.replace("http://testserver", "")
    # No session needed: a calendar app fetches it.
    feed = Client().get(path)
    assert feed.status_code == 200
    assert feed["Content-Type"].startswith("text/calendar")
    assert feed["Cache-Control"] == "private, no-store"
    body = feed.content.decode()
    assert "Phase 2: Where to go for what" in body  # live now
    assert "Phase 3: What you can do as a bystander" in body  # scheduled
    assert "What changed in the policy" not in body  # ended
    assert "Make a new address" in client.get(url).content.decode()
    client.post(url, {"action": "issue"})
    assert Client().get(path).status_code == 404  # the old address stopped working
    client.post(url, {"action": "revoke"})
    assert not CalendarFeedToken.objects.filter(user=users["comms"]).exists()
    assert client.post(url, {"action": "nonsense"}).status_code == 302


def test_feed_lists_only_what_its_user_may_see(users):
    token = CalendarFeedToken.issue(users["newhire"])
    body = Client().get(reverse("campaigns:calendar_feed", args=[token])).content.decode()
    assert "Where to go for what" in body
    assert "bystander" not in body  # scheduled phases are for planners
    index = PhasePage.objects.filter(locale=Locale.get_default()).first().get_parent().get_parent()
    restriction = PageViewRestriction.objects.get(page=index)
    restriction.restriction_type = PageViewRestriction.GROUPS
    restriction.save()
    body = Client().get(reverse("campaigns:calendar_feed", args=[token])).content.decode()
    assert "Where to go for what" not in body


def test_feed_refuses_unknown_and_inactive_tokens(users):
    assert Client().get(reverse("campaigns:calendar_feed", args=["nope"])).status_code == 404
    token = CalendarFeedToken.issue(users["comms"])
    users["comms"].is_active = False
    users["comms"].save()
    assert Client().get(reverse("campaigns:calendar_feed", args=[token])).status_code == 404
    url = reverse("campaigns:calendar_feed", args=[token])
    assert Client().post(url).status_code == 405
