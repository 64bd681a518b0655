"""Faster searches over a large archive.

SQLite: the FTS5 table gains prefix indexes for 3- and 4-character prefixes,
so "tax*" or "nucl*" reads one stored list instead of merging the lists of
every word that starts that way. FTS5 options are fixed at creation, so the
table is rebuilt (rows copied, no reindex needed).

PostgreSQL: a small `rankdoc` vector to score relevance on, and a week
token in `document` that lets a search walk back from the newest week.
Existing rows are filled in from their own vectors (headline and meta as
the rank vector until `dateline reindex` adds the lead paragraphs). Where the
server has LZ4, vectors written from now on use it: phrase searches must
decompress each candidate's vector, and LZ4 does that several times faster
than PostgreSQL's default.
"""

from django.db import migrations

from ._vendor_sql import run

FTS_COLUMNS = "story_id UNINDEXED, headline, body, meta, tags, tokenize = 'porter unicode61 remove_diacritics 2'"


def fts_statements(prefix_option):
    return [
        f"CREATE VIRTUAL TABLE search_fts_new USING fts5({FTS_COLUMNS}{prefix_option})",
        "INSERT INTO search_fts_new (rowid, story_id, headline, body, meta, tags) "
        "SELECT rowid, story_id, headline, body, meta, tags FROM search_fts",
        "DROP TABLE search_fts",
        "ALTER TABLE search_fts_new RENAME TO search_fts",
    ]


SQLITE = fts_statements(", prefix = '3 4'")
SQLITE_BACK = fts_statements("")
POSTGRES = [
    "ALTER TABLE search_pgdoc ADD COLUMN rankdoc tsvector NOT NULL DEFAULT ''",
    "UPDATE search_pgdoc SET rankdoc = ts_filter(document, '{a,b}'), document = document || "
    "setweight(to_tsvector('simple', 'zzw' || floor(extract(epoch FROM published_at) / 604800)::bigint), 'D')",
    "ALTER TABLE search_pgdoc ALTER COLUMN rankdoc DROP DEFAULT",
]
POSTGRES_BACK = ["ALTER TABLE search_pgdoc DROP COLUMN rankdoc"]


OPTIONAL = {"postgresql": ["ALTER TABLE search_pgdoc ALTER COLUMN document SET COMPRESSION lz4"]}


class Migration(migrations.Migration):
    dependencies = [("search", "0002_threads")]
    operations = [
        migrations.RunPython(
            run({"sqlite": SQLITE, "postgresql": POSTGRES}, OPTIONAL),
            run({"sqlite": SQLITE_BACK, "postgresql": POSTGRES_BACK}),
        ),
    ]
