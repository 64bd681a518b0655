"""The photo archive's index, beside the stories': an FTS5 table on SQLite,
a tsvector table with a GIN index on PostgreSQL (see backends/photos.py)."""

from django.db import migrations

from ._vendor_sql import run

SQLITE = [
    "CREATE VIRTUAL TABLE search_photo_fts USING fts5("
    " text, people, place, tags, tokenize = 'porter unicode61 remove_diacritics 2')",
    "CREATE TABLE search_photo_doc (photo_id INTEGER PRIMARY KEY, docid INTEGER NOT NULL UNIQUE)",
]
SQLITE_DROP = ["DROP TABLE IF EXISTS search_photo_fts", "DROP TABLE IF EXISTS search_photo_doc"]
POSTGRES = [
    "CREATE TABLE search_pgphoto (photo_id bigint PRIMARY KEY, taken_at timestamptz NOT NULL,"
    " document tsvector NOT NULL)",
    "CREATE INDEX search_pgphoto_document ON search_pgphoto USING gin (document)",
    "CREATE INDEX search_pgphoto_taken ON search_pgphoto (taken_at DESC, photo_id DESC)",
]
POSTGRES_DROP = ["DROP TABLE IF EXISTS search_pgphoto"]


class Migration(migrations.Migration):
    dependencies = [("search", "0007_threads_move_to_their_own_app")]
    operations = [
        migrations.RunPython(
            run({"sqlite": SQLITE, "postgresql": POSTGRES}),
            run({"sqlite": SQLITE_DROP, "postgresql": POSTGRES_DROP}),
        ),
    ]
