"""PostgreSQL: an index of adjacent word pairs, and the index's vocabulary.

GIN keeps no word positions, so a phrase of common words ("fighting near
the border") must re-read every story that has all its words to find the few
where they stand together. `pairs` holds each adjacent pair of a story's
words as one token ('fight~near', 'near~border'); a phrase first asks the
index for stories with all its pairs, which are (nearly) exactly the stories
with the phrase. Search engines call these shingles (Elasticsearch's
`index_phrases`).

`search_pgterm` lists every word the index holds, so a prefix ("minist*")
becomes the handful of words it stands for, which the index looks up like
any other words, instead of a merge of every matching posting list.

Existing rows are filled in here; on a large index that takes a while, and
`dateline reindex` does the same.
"""

from django.db import migrations

from ._vendor_sql import run

PAIRS_FUNCTION = """
CREATE OR REPLACE FUNCTION dateline_word_pairs(doc tsvector) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT array_to_tsvector(coalesce(array_agg(DISTINCT pair), '{}'))
  FROM (SELECT lexeme || '~' || lead(lexeme) OVER (ORDER BY pos) AS pair
        FROM unnest(ts_filter(doc, '{a,b,c}')) AS u(lexeme, positions, weights), unnest(u.positions) AS pos) AS p
  WHERE pair IS NOT NULL
$$
"""

POSTGRES = [
    PAIRS_FUNCTION,
    "ALTER TABLE search_pgdoc ADD COLUMN pairs tsvector NOT NULL DEFAULT ''",
    "UPDATE search_pgdoc SET pairs = dateline_word_pairs(document)",
    "DROP INDEX IF EXISTS search_pgdoc_document",
    "CREATE INDEX search_pgdoc_document ON search_pgdoc USING gin (document, pairs)",
    'CREATE TABLE search_pgterm (lexeme text COLLATE "C" PRIMARY KEY)',
    "INSERT INTO search_pgterm SELECT word FROM ts_stat('SELECT ts_filter(document, ''{a,b,c}'') FROM search_pgdoc')",
]
POSTGRES_BACK = [
    "DROP TABLE IF EXISTS search_pgterm",
    "DROP INDEX IF EXISTS search_pgdoc_document",
    "ALTER TABLE search_pgdoc DROP COLUMN pairs",
    "CREATE INDEX search_pgdoc_document ON search_pgdoc USING gin (document)",
    "DROP FUNCTION IF EXISTS dateline_word_pairs(tsvector)",
]


class Migration(migrations.Migration):
    dependencies = [("search", "0003_prefix_and_rank_vectors")]
    operations = [
        migrations.RunPython(run({"postgresql": POSTGRES}), run({"postgresql": POSTGRES_BACK})),
    ]
