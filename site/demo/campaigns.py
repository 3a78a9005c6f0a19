"""The campaigns' demo (content/campaigns/), loaded by `manage.py seed_demo`: the 2026 "Know
your rights" campaign with four phases placed around today (one ended, one live, two
scheduled), in English, French, Spanish and Arabic, its approval workflow and its mailing
lists.

Each page's poster is drawn at seed time (demo.media): the words on it (the first line large),
its colour, and its description (what screen readers read in its place). A phase's `days` are
the days from now to its start and to its end; its `files` are one-page PDFs to share."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import (
    PageViewRestriction,
)

from campaigns.models import CampaignIndexPage, CampaignMailingList, CampaignPage, PhasePage
from core import roles
from core.blocks import BodyBlock
from demo import content, seeding
from demo.media import demo_document, demo_poster

TRANSLATED = ("fr", "es", "ar")
WORKFLOW_NAME = "Campaign approval"
APPROVERS_TASK_NAME = "Campaign approvers"

INDEX = content.read("campaigns/index")
CAMPAIGN = content.read("campaigns/campaign")
CAMPAIGN_TEXT = ("title", "objective", "owner_team")
PHASES = content.read_all("campaigns/phases")
PHASE_TEXT = (
    "title",
    "objective",
    "key_messages",
    "body",
    "email_subject",
    "email_body",
    "yammer_post",
    "newsletter_blurb",
    "banner_text",
)
MAILING_LISTS = content.read("campaigns/mailing-lists")["lists"]


def seed(home):
    """Create the campaign demo content under the English home page, if missing."""
    index = _index(home)
    campaign = _campaign(index)
    comms = get_user_model().objects.filter(username="comms").first()
    for entry in PHASES:
        _phase(campaign, entry, comms)
    seeding.approval_workflow(index, WORKFLOW_NAME, APPROVERS_TASK_NAME, roles.EDITORS)
    # Lists come last: phases published above go out to no list, so seeding sends no e-mail.
    for mailing_list in MAILING_LISTS:
        CampaignMailingList.objects.get_or_create(
            audience=mailing_list["audience"],
            language="",
            defaults={"address": mailing_list["address"]},
        )


def _index(home):
    index = seeding.ensure_child(
        home, CampaignIndexPage, "campaigns", **content.in_language(INDEX, "en", ("title", "intro"))
    )
    # One restriction on the section: every campaign and phase is for signed-in personnel.
    PageViewRestriction.objects.get_or_create(
        page=index, restriction_type=PageViewRestriction.LOGIN
    )
    for code in TRANSLATED:
        seeding.ensure_translation(
            index, code, **content.in_language(INDEX, code, ("title", "intro"))
        )
    return index


def _campaign(index):
    fields = dict(
        content.in_language(CAMPAIGN, "en", CAMPAIGN_TEXT),
        audiences=["all_personnel"],
        poster=_poster(CAMPAIGN),
    )
    campaign = seeding.ensure_child(index, CampaignPage, CAMPAIGN["slug"], **fields)
    for code in TRANSLATED:
        seeding.ensure_translation(
            campaign, code, **content.in_language(CAMPAIGN, code, CAMPAIGN_TEXT)
        )
    return campaign


def _text_fields(text):
    fields = dict(text)
    fields["body"] = BodyBlock().to_python(
        [{"type": "paragraph", "value": f"<p>{text['body']}</p>"}]
    )
    return fields


def _phase(campaign, entry, owner):
    existing = campaign.get_children().filter(slug=entry["slug"]).first()
    if existing is not None:
        return existing.specific
    now = timezone.now().replace(minute=0, second=0, microsecond=0)
    start, end = (now + timedelta(days=days) for days in entry["days"])
    ended = end <= now
    phase = seeding.ensure_child(
        campaign,
        PhasePage,
        entry["slug"],
        number=entry["number"],
        audiences=entry["audiences"],
        go_live_at=start,
        # An ended phase is published first and expired afterwards, as it would have been.
        expire_at=None if ended else end,
        owner=owner,
        poster=_poster(entry),
        files=[("file", document) for document in _phase_files(entry)],
        **_text_fields(content.in_language(entry, "en", PHASE_TEXT)),
    )
    translations = [
        seeding.ensure_translation(
            phase, code, **_text_fields(content.in_language(entry, code, PHASE_TEXT))
        )
        for code in TRANSLATED
    ]
    if ended:
        for page in [phase, *translations]:
            page.refresh_from_db()
            page.expire_at = end
            page.save()
            page.unpublish(set_expired=True, log_action=False)
    return phase


def _poster(entry):
    poster = entry["poster"]
    return demo_poster(
        entry["slug"], poster["title"], poster["lines"], poster["colour"], poster["alt"]
    )


def _phase_files(entry):
    """The phase's files to share, in the collection comms staff manage."""
    return [
        demo_document(file["key"], file["title"], file["paragraphs"], roles.CAMPAIGN_FILES)
        for file in entry.get("files", ())
    ]
