"""A policy summary's "applies to" choices survive the move from comma-separated keys to a JSON
list (guidance migration 0005), in the page and in its saved drafts."""

from datetime import date

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from wagtail.models import Locale, Revision

from guidance.models import PolicySummaryPage
from home.models import HomePage

BEFORE = ("guidance", "0004_glossary_page")
AFTER = ("guidance", "0005_applies_to_as_json_list")


def migrate_to(target):
    """Run the migrations inside the test's transaction (rolled back with it). The column's type
    cannot change while the rows just written wait for their deferred foreign-key checks, so
    those run first."""
    with connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    MigrationExecutor(connection).migrate([target])
    with connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL DEFERRED")


@pytest.mark.django_db
def test_choices_stored_as_comma_separated_keys_read_back_the_same():
    home = HomePage.objects.get(locale=Locale.get_default())
    page = home.add_child(
        instance=PolicySummaryPage(
            title="Who this covers",
            summary="Who the policy applies to.",
            content_owner="Ethics office",
            next_review=date(2030, 1, 1),
            document_title="Policy",
            applies_to=["staff"],
        )
    )
    revision = page.save_revision()

    migrate_to(BEFORE)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT applies_to FROM guidance_policysummarypage WHERE page_ptr_id = %s", [page.pk]
        )
        assert cursor.fetchone() == ("staff",)
        # Values saved before the change, in the page and in a draft.
        cursor.execute(
            "UPDATE guidance_policysummarypage SET applies_to = %s WHERE page_ptr_id = %s",
            ["interns,volunteers", page.pk],
        )
    Revision.objects.filter(pk=revision.pk).update(
        content={**revision.content, "applies_to": "interns,volunteers"}
    )
    migrate_to(AFTER)

    assert PolicySummaryPage.objects.get(pk=page.pk).applies_to == ["interns", "volunteers"]
    draft = Revision.objects.get(pk=revision.pk).as_object()
    assert draft.applies_to == ["interns", "volunteers"]
