"""PostgreSQL: word pairs say how far apart their words stand.

A phrase with a stop word inside ("within the party") is the query
'within' <2> 'parti'; one without ("within party") is 'within' <-> 'parti'.
The pairs of migration 0004 joined neighbouring words whatever lay between,
so both asked for 'within~parti', and a search for "within party" took every
story saying "within the party" as a candidate, only to reject each one when
checking positions (and counted them meanwhile). A pair now carries the gap
when it is not 1: 'within~2~parti'.

Existing rows get their new pairs here (the same as `dateline reindex`
writes); on a large index that takes a while.
"""

from importlib import import_module

from django.db import migrations

from ._vendor_sql import run

PAIRS_FUNCTION = """
CREATE OR REPLACE FUNCTION dateline_word_pairs(doc tsvector) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT array_to_tsvector(coalesce(array_agg(DISTINCT pair), '{}'))
  FROM (SELECT lexeme || '~' || CASE WHEN lead(pos) OVER w - pos = 1 THEN '' ELSE (lead(pos) OVER w - pos) || '~' END
               || lead(lexeme) OVER w AS pair
        FROM unnest(ts_filter(doc, '{a,b,c}')) AS u(lexeme, positions, weights), unnest(u.positions) AS pos
        WINDOW w AS (ORDER BY pos)) AS p
  WHERE pair IS NOT NULL
$$
"""
# Undoing this migration restores 0004's function (both are frozen).
PAIRS_FUNCTION_0004 = import_module("dateline.search.migrations.0004_pg_word_pairs_and_terms").PAIRS_FUNCTION


def refill(function):
    return [
        function,
        "DROP INDEX IF EXISTS search_pgdoc_document",
        "UPDATE search_pgdoc SET pairs = dateline_word_pairs(document)",
        "CREATE INDEX search_pgdoc_document ON search_pgdoc USING gin (document, pairs)",
        # Fresh statistics for the planner; autovacuum reclaims the old rows.
        "ANALYZE search_pgdoc",
    ]


class Migration(migrations.Migration):
    dependencies = [("search", "0005_pg_time_blocks")]
    operations = [
        migrations.RunPython(
            run({"postgresql": refill(PAIRS_FUNCTION)}), run({"postgresql": refill(PAIRS_FUNCTION_0004)})
        ),
    ]
