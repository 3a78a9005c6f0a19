"""Each admin role reaches only the subtree it works in (issue 13, hole 5).

A focal-point-only toolkit section with a distinctive title, a locked draft inside it and a
wagtail-localize translation source is made here; every admin surface that could name it is
asked by every admin role. Comms staff and translators must read neither title anywhere, while
still doing their own work; editors and the administrator reach all of it.
"""

from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import (
    Collection,
    GroupPagePermission,
    Locale,
    Page,
    PageLogEntry,
    PageViewRestriction,
)
from wagtail.search.backends import get_search_backend
from wagtail_localize.models import Translation, TranslationSource

from campaigns.models import CampaignIndexPage, CampaignPage
from core import roles
from guidance.models import WhereToGoPage
from tests.helpers import client_for
from toolkit.models import ToolkitIndexPage

pytestmark = pytest.mark.django_db

SECTION_TITLE = "Quillwort escalation plans"
DRAFT_TITLE = "Quillwort draft memo for focal points"
TITLES = (SECTION_TITLE, DRAFT_TITLE)

# Admin surfaces that name the restricted pages, each a URL built from the test data.
SURFACES = {
    "explorer: the toolkit": lambda r: reverse("wagtailadmin_explore", args=[r.toolkit.pk]),
    "explorer: the section": lambda r: reverse("wagtailadmin_explore", args=[r.section.pk]),
    "explorer: search": lambda r: reverse("wagtailadmin_pages:search") + "?q=Quillwort",
    "page edit": lambda r: reverse("wagtailadmin_pages:edit", args=[r.draft.pk]),
    "view draft": lambda r: reverse("wagtailadmin_pages:view_draft", args=[r.draft.pk]),
    "preview": lambda r: reverse("wagtailadmin_pages:preview_on_edit", args=[r.draft.pk]),
    "revision": lambda r: reverse(
        "wagtailadmin_pages:revisions_view", args=[r.draft.pk, r.draft.latest_revision_id]
    ),
    "page history": lambda r: reverse("wagtailadmin_pages:history", args=[r.draft.pk]),
    "admin API: children": lambda r: f"/admin/api/main/pages/?child_of={r.section.pk}",
    "admin API: search": lambda r: "/admin/api/main/pages/?search=Quillwort",
    "admin API: detail": lambda r: f"/admin/api/main/pages/{r.draft.pk}/",
    "report: locked pages": lambda r: reverse("wagtailadmin_reports:locked_pages"),
    "report: site history": lambda r: reverse("wagtailadmin_reports:site_history"),
    "report: page types": lambda r: reverse("wagtailadmin_reports:page_types_usage"),
    "report: translations": lambda r: reverse("wagtail_localize:translations_report"),
    "chooser: the toolkit": lambda r: reverse(
        "wagtailadmin_choose_page_child", args=[r.toolkit.pk]
    ),
    "chooser: the section": lambda r: reverse(
        "wagtailadmin_choose_page_child", args=[r.section.pk]
    ),
    "chooser: search": lambda r: reverse("wagtailadmin_choose_page_search") + "?q=Quillwort",
    "translate form": lambda r: reverse(
        "wagtail_localize:submit_page_translation", args=[r.draft.pk]
    ),
    "update translations form": lambda r: reverse(
        "wagtail_localize:update_translations", args=[r.source.pk]
    ),
}
# Views that act on one restricted page: a role out of reach is turned away, not shown a page.
ONE_PAGE = {
    "explorer: the section",
    "page edit",
    "view draft",
    "preview",
    "revision",
    "page history",
    "admin API: detail",
    "chooser: the section",
    "translate form",
    "update translations form",
}
# Surfaces that don't name a page by title for a role that reaches it (a preview needs the
# edit form's data; the update form lists translations, not the source).
SHOWS_NO_TITLE = {"preview", "update translations form"}


def leaks(client, restricted):
    """Every surface whose answer shows a restricted title, or that answers a page at all."""
    found = []
    for name, url_for in SURFACES.items():
        response = client.get(url_for(restricted))
        body = response.content.decode()
        shown = [title for title in TITLES if title in body]
        if shown or response.status_code >= 500:
            found.append((name, response.status_code, shown))
        elif name in ONE_PAGE and response.status_code not in (302, 403, 404):
            found.append((name, response.status_code, "answered"))
    return found


@pytest.fixture
def restricted(users, settings):
    """A focal-point-only section in the English toolkit holding a locked draft, both edited
    by the administrator, with the draft sent for translation into French."""
    # Who reaches what is decided before any search backend is asked (permission querysets and
    # core.admin_reach), so the admin's search surfaces use the database backend here: its
    # index rolls back with the test, where a shared Elasticsearch index depends on the tests
    # that ran before.
    settings.WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
    admin = users["admin"]
    toolkit = ToolkitIndexPage.objects.get(locale__language_code="en", slug="toolkit")
    section = ToolkitIndexPage(title=SECTION_TITLE, slug="quillwort", intro="Focal points only.")
    toolkit.add_child(instance=section)
    section.save_revision(user=admin, log_action=True).publish(user=admin)
    restriction = PageViewRestriction.objects.create(
        page=section, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name=roles.FOCAL_POINTS))
    draft = ToolkitIndexPage(title=DRAFT_TITLE, slug="quillwort-memo", intro="Draft.", live=False)
    section.add_child(instance=draft)
    draft.save_revision(user=admin, log_action=True)
    draft.locked, draft.locked_by, draft.locked_at = True, admin, timezone.now()
    draft.save(update_fields=["locked", "locked_by", "locked_at"])
    PageLogEntry.objects.log_action(draft, "wagtail.lock", user=admin)
    french = Locale.objects.get(language_code="fr")
    copies = [section.copy_for_translation(french), draft.copy_for_translation(french)]
    source, _created = TranslationSource.get_or_create_from_instance(draft)
    Translation.objects.create(source=source, target_locale=french)
    # The admin's search surfaces must have these pages in the index, or they would show
    # nothing, leak or not: index them now (the queued index task may wait for a commit that a
    # test never makes).
    backend = get_search_backend()
    for page in (section, draft, *copies):
        backend.add(page.specific)
    return SimpleNamespace(toolkit=toolkit, section=section, draft=draft, source=source)


@pytest.mark.parametrize("role", ["comms", "translator"])
def test_comms_and_translators_read_no_restricted_title_on_any_admin_surface(
    role, users, restricted
):
    assert leaks(client_for(users[role]), restricted) == []


def test_comms_edit_campaigns_in_every_language_and_link_to_guidance(users, restricted):
    client = client_for(users["comms"])
    for campaign in CampaignPage.objects.filter(alias_of__isnull=True):
        edit = client.get(reverse("wagtailadmin_pages:edit", args=[campaign.pk]))
        assert edit.status_code == 200, campaign.locale.language_code
        assert campaign.title in edit.content.decode()
    where_to_go = WhereToGoPage.objects.get(locale__language_code="en", alias_of__isnull=True)
    chooser = client.get(reverse("wagtailadmin_choose_page_search") + "?q=where")
    assert where_to_go.title in chooser.content.decode()
    home = Page.objects.get(depth=2, locale__language_code="en")
    assert not home.permissions_for_user(users["comms"]).can_edit()


def test_translators_translate_guidance_but_not_the_toolkit(users, restricted):
    client = client_for(users["translator"])
    english = WhereToGoPage.objects.get(locale__language_code="en", alias_of__isnull=True)
    french = WhereToGoPage.objects.get(
        translation_key=english.translation_key, locale__language_code="fr"
    )
    assert client.get(reverse("wagtailadmin_pages:edit", args=[french.pk])).status_code == 200
    submit = reverse("wagtail_localize:submit_page_translation", args=[english.pk])
    assert client.get(submit).status_code == 200
    kit = ToolkitIndexPage.objects.get(locale__language_code="fr", slug__startswith="focal")
    assert not kit.permissions_for_user(users["translator"]).can_edit()
    assert client.get(reverse("wagtailadmin_pages:edit", args=[kit.pk])).status_code == 404


def test_editors_reach_every_section_from_the_home_pages_not_the_root(users, restricted):
    assert not GroupPagePermission.objects.filter(
        group__name__in=roles.ADMIN_GROUPS, page__depth=1
    ).exists()
    for home in Page.objects.filter(depth=2):
        assert home.permissions_for_user(users["editor"]).can_publish(), home.locale
    for role in ("editor", "admin"):
        client = client_for(users[role])
        for name, url_for in SURFACES.items():
            response = client.get(url_for(restricted))
            assert response.status_code == 200, (role, name)
            if name not in SHOWS_NO_TITLE:
                assert any(title in response.content.decode() for title in TITLES), (role, name)


def test_comms_hold_every_language_of_the_campaigns_section(db):
    indexes = CampaignIndexPage.objects.all()
    assert {index.locale.language_code for index in indexes} >= {"en", "fr", "es", "ar"}
    for index in indexes:
        granted = GroupPagePermission.objects.filter(page=index, group__name=roles.COMMS)
        assert set(granted.values_list("permission__codename", flat=True)) == {
            "add_page",
            "change_page",
        }


def test_a_new_language_tree_gets_the_grants_of_its_sections(users):
    english = CampaignIndexPage.objects.get(locale__language_code="en")
    russian = Locale.objects.get(language_code="ru")
    Page.objects.filter(translation_key=english.translation_key, locale=russian).delete()
    translated = english.copy_for_translation(russian)
    assert GroupPagePermission.objects.filter(page=translated, group__name=roles.COMMS).exists()
    assert translated.permissions_for_user(users["comms"]).can_edit()


def test_comms_browse_only_campaign_files_and_translators_no_files(users):
    Document = get_document_model()
    campaign_files = Collection.objects.get(name=roles.CAMPAIGN_FILES)
    poster = Document.objects.create(
        title="Campaign poster", collection=campaign_files, file=ContentFile(b"x", "poster.pdf")
    )
    other = Document.objects.create(
        title="Unrelated policy file",
        collection=Collection.get_first_root_node(),
        file=ContentFile(b"x", "policy.pdf"),
    )
    listing = client_for(users["comms"]).get(reverse("wagtaildocs:index"))
    assert listing.status_code == 200
    assert poster.title in listing.content.decode()
    assert other.title not in listing.content.decode()
    assert client_for(users["translator"]).get(reverse("wagtaildocs:index")).status_code == 302
