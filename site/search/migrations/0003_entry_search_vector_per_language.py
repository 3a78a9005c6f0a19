"""Each search entry's words analysed in its own language, stored and indexed (PostgreSQL).

One text search configuration per language, copied from PostgreSQL's snowball ones (arabic
needs PostgreSQL 13 or later) with accents folded first, as the Elasticsearch analyzers of
config.search do. A generated column holds each entry's vector, built with its language's
configuration (title weighted A, summary and tags B, text C), and a GIN index serves the
match. The vector is stored rather than only indexed because ranking reads it for every
matching row: computing it again from the text costs some 0.15 ms a row.

search.fulltext_postgres queries this column; the configuration names are repeated there.
SQLite searches modelsearch's FTS5 table instead (search.fulltext_sqlite).
"""

from django.contrib.postgres.operations import UnaccentExtension
from django.db import migrations

TABLE = "sitesearch_searchentry"
COLUMN = "search_vector"
INDEX = "sitesearch_searchentry_search_vector_gin"
# Language code: (our configuration, the snowball configuration it copies, its stemmer).
CONFIGURATIONS = {
    "en": ("seash_english", "english", "english_stem"),
    "fr": ("seash_french", "french", "french_stem"),
    "es": ("seash_spanish", "spanish", "spanish_stem"),
    "ar": ("seash_arabic", "arabic", "arabic_stem"),
}
OTHER = ("seash_simple", "simple", "simple")


def vector(config: str, text_column: str) -> str:
    def words(columns: str) -> str:
        return f"to_tsvector('{config}'::regconfig, {columns})"

    summary_and_tags = "summary || ' ' || tags"
    return (
        f"setweight({words('title')}, 'A') || "
        f"setweight({words(summary_and_tags)}, 'B') || "
        f"setweight({words(text_column)}, 'C')"
    )


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for config, source, stemmer in [*CONFIGURATIONS.values(), OTHER]:
        schema_editor.execute(f"CREATE TEXT SEARCH CONFIGURATION {config} (COPY = {source})")
        schema_editor.execute(
            f"ALTER TEXT SEARCH CONFIGURATION {config} "
            f"ALTER MAPPING FOR hword, hword_part, word WITH unaccent, {stemmer}"
        )
    branches = " ".join(
        f"WHEN '{code}' THEN {vector(config, f'text_{code}')}"
        for code, (config, _, _) in CONFIGURATIONS.items()
    )
    schema_editor.execute(
        f"ALTER TABLE {TABLE} ADD COLUMN {COLUMN} tsvector GENERATED ALWAYS AS "
        f"(CASE locale {branches} ELSE {vector(OTHER[0], 'text_other')} END) STORED"
    )
    # fastupdate off, as in 0002: the planner's cost of the index stays true between vacuums.
    schema_editor.execute(
        f"CREATE INDEX {INDEX} ON {TABLE} USING GIN ({COLUMN}) WITH (fastupdate = off)"
    )


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"ALTER TABLE {TABLE} DROP COLUMN {COLUMN}")
    for config, _, _ in [*CONFIGURATIONS.values(), OTHER]:
        schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION {config}")


class Migration(migrations.Migration):
    dependencies = [("sitesearch", "0002_index_entry_title_body_gin")]

    operations = [UnaccentExtension(), migrations.RunPython(forwards, backwards)]
