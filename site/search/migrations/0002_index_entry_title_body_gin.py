"""A GIN index on the expression Wagtail search's PostgreSQL backend matches against.

Its search filters on `title || body` of the index table, which the separate GIN indexes on
`title` and `body` cannot serve, so every search read the whole table. PostgreSQL only: SQLite
searches its own FTS5 table.
"""

from django.db import migrations

INDEX = "search_indexentry_title_body_gin"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        table = apps.get_model("wagtailsearch", "IndexEntry")._meta.db_table
        # Without a pending list (fastupdate) the planner's cost of the index stays true
        # between vacuums, so it keeps choosing it; each write updates the index at once.
        schema_editor.execute(
            f'CREATE INDEX IF NOT EXISTS "{INDEX}" ON "{table}" '
            'USING GIN (("title" || "body")) WITH (fastupdate = off)'
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f'DROP INDEX IF EXISTS "{INDEX}"')


class Migration(migrations.Migration):
    dependencies = [
        ("sitesearch", "0001_initial"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create_index, drop_index)]
