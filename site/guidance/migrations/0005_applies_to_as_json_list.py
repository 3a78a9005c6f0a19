"""A policy summary's `applies_to` moves from comma-separated keys to a JSON list
(core.fields.MultipleChoiceField, shared with the campaign pages).

The stored value is rewritten everywhere a page's fields are kept: the page table, its
revisions and its wagtail-localize translation sources. Rows are rewritten as JSON text first,
so the column can then change type in place.
"""

import json

from django.db import migrations

import core.fields

POLICY_SUMMARY = ("guidance", "policysummarypage")


def as_list(stored: str) -> list[str]:
    return [key for key in (stored or "").split(",") if key]


def as_keys(stored: str) -> str:
    return ",".join(json.loads(stored or "[]"))


def _rewrite_copies(apps, convert):
    """Rewrite `applies_to` in the revisions and translation sources of policy summaries."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Revision = apps.get_model("wagtailcore", "Revision")
    TranslationSource = apps.get_model("wagtail_localize", "TranslationSource")
    content_type = ContentType.objects.filter(
        app_label=POLICY_SUMMARY[0], model=POLICY_SUMMARY[1]
    ).first()
    if content_type is None:
        return
    for revision in Revision.objects.filter(content_type=content_type):
        if "applies_to" in revision.content:
            revision.content["applies_to"] = convert(revision.content["applies_to"])
            revision.save(update_fields=["content"])
    for source in TranslationSource.objects.filter(specific_content_type=content_type):
        content = json.loads(source.content_json)
        if "applies_to" in content:
            content["applies_to"] = convert(content["applies_to"])
            source.content_json = json.dumps(content)
            source.save(update_fields=["content_json"])


def to_json_list(apps, schema_editor):
    PolicySummaryPage = apps.get_model(*POLICY_SUMMARY)
    for pk, stored in PolicySummaryPage.objects.values_list("pk", "applies_to"):
        PolicySummaryPage.objects.filter(pk=pk).update(applies_to=json.dumps(as_list(stored)))
    _rewrite_copies(apps, lambda value: as_list(value) if isinstance(value, str) else value)


def to_comma_separated(apps, schema_editor):
    PolicySummaryPage = apps.get_model(*POLICY_SUMMARY)
    for pk, stored in PolicySummaryPage.objects.values_list("pk", "applies_to"):
        PolicySummaryPage.objects.filter(pk=pk).update(applies_to=as_keys(stored))
    _rewrite_copies(apps, lambda value: ",".join(value) if isinstance(value, list) else value)


class Migration(migrations.Migration):
    dependencies = [
        ("guidance", "0004_glossary_page"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [
        migrations.RunPython(to_json_list, to_comma_separated),
        migrations.AlterField(
            model_name="policysummarypage",
            name="applies_to",
            field=core.fields.MultipleChoiceField(
                choices=[
                    ("staff", "Staff members"),
                    ("consultants", "Consultants and individual contractors"),
                    ("interns", "Interns"),
                    ("volunteers", "Volunteers"),
                    ("contractors", "Personnel of contractors and partners"),
                ],
                default=list,
            ),
        ),
    ]
