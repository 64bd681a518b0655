"""The search index tables. Each database gets only its own backend's table:
an FTS5 virtual table on SQLite, a tsvector table with a GIN index on
PostgreSQL."""

from django.db import migrations

from ._vendor_sql import run

SQLITE = [
    "CREATE VIRTUAL TABLE search_fts USING fts5("
    " story_id UNINDEXED, headline, body, meta, tags,"
    " tokenize = 'porter unicode61 remove_diacritics 2')",
    "CREATE TABLE search_fts_doc (story_id INTEGER PRIMARY KEY, docid INTEGER NOT NULL UNIQUE)",
]
SQLITE_DROP = ["DROP TABLE IF EXISTS search_fts", "DROP TABLE IF EXISTS search_fts_doc"]
POSTGRES = [
    "CREATE TABLE search_pgdoc (story_id bigint PRIMARY KEY, published_at timestamptz NOT NULL,"
    " document tsvector NOT NULL)",
    "CREATE INDEX search_pgdoc_document ON search_pgdoc USING gin (document)",
    "CREATE INDEX search_pgdoc_published ON search_pgdoc (published_at DESC)",
]
POSTGRES_DROP = ["DROP TABLE IF EXISTS search_pgdoc"]


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [
        migrations.RunPython(
            run({"sqlite": SQLITE, "postgresql": POSTGRES}),
            run({"sqlite": SQLITE_DROP, "postgresql": POSTGRES_DROP}),
        ),
    ]
