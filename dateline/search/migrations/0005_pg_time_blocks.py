"""PostgreSQL: time tokens for blocks of 4, 16 and 64 weeks.

A search walks back from the newest week in widening steps. Each story
already carried its week's token ("zzw2704"); a step of many weeks asked for
a date range instead, which PostgreSQL checks only after reading every
candidate row from the table. With a token for each aligned block of 4, 16
and 64 weeks ("zzm676", "zzq169", "zzy42"), any step is a few tokens and
stays inside the GIN index.

Existing rows get their tokens here (the same as `dateline reindex` writes);
on a large index that takes a while.
"""

from django.db import migrations

from ._vendor_sql import run

WEEK = "floor(extract(epoch FROM published_at) / 604800)"
TOKENS = (
    f"ARRAY['zzm' || floor({WEEK} / 4)::bigint, 'zzq' || floor({WEEK} / 16)::bigint, "
    f"'zzy' || floor({WEEK} / 64)::bigint]"
)

POSTGRES = [
    "DROP INDEX IF EXISTS search_pgdoc_document",
    f"UPDATE search_pgdoc SET document = ts_delete(document, {TOKENS}) "
    f"|| setweight(to_tsvector('simple', array_to_string({TOKENS}, ' ')), 'D')",
    "CREATE INDEX search_pgdoc_document ON search_pgdoc USING gin (document, pairs)",
]
POSTGRES_BACK = [f"UPDATE search_pgdoc SET document = ts_delete(document, {TOKENS})"]


class Migration(migrations.Migration):
    dependencies = [("search", "0004_pg_word_pairs_and_terms")]
    operations = [
        migrations.RunPython(run({"postgresql": POSTGRES}), run({"postgresql": POSTGRES_BACK})),
    ]
