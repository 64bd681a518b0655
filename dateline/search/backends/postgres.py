"""PostgreSQL full-text search: a tsvector per story with a GIN index.

Headline is weight A, bylines/keywords/city B, body C, filter tags D (rank
weight 0). Text goes through the `english` configuration (stemming), after
CJK runs have been cut into bigrams as for SQLite; tags go through `simple`
so they stay exact.
"""

from django.db import transaction

from ..query import index_tokens
from .base import Document, SearchBackend, SearchResults, Hit, register
from .dates import day_bounds
from .sqlite import query_tags

RANK_WEIGHTS = "{0.0, 0.2, 0.4, 1.0}"  # D, C, B, A
VECTOR_SQL = (
    "setweight(to_tsvector('english', %s), 'A') || setweight(to_tsvector('english', %s), 'B') || "
    "setweight(to_tsvector('english', %s), 'C') || setweight(to_tsvector('simple', %s), 'D')"
)


def _lexeme(token, prefix=False):
    return "'" + token.replace("'", "''").replace("\\", "") + "'" + (":*" if prefix else "")


def text_tsquery(query):
    parts = []
    for term in query.terms:
        tokens, prefix = index_tokens(term)
        if not tokens:
            continue
        lexemes = [_lexeme(t, prefix and i == len(tokens) - 1) for i, t in enumerate(tokens)]
        parts.append("(" + " <-> ".join(lexemes) + ")")
    return " & ".join(parts)


@register("postgres")
class PostgresBackend(SearchBackend):
    vendor = "postgresql"
    # Counting a match means fetching its heap row: 10,000 cost 118 ms on a
    # million stories, 1,000 cost 12 ms. Past 1,000 readers see "more than".
    count_limit = 1_000

    def _execute(self, sql, params=()):
        with self.connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall() if cursor.description else None

    def _upsert(self, cursor, docs):
        cursor.executemany(
            f"INSERT INTO search_pgdoc (story_id, published_at, document) VALUES (%s, %s, {VECTOR_SQL}) "
            "ON CONFLICT (story_id) DO UPDATE SET published_at = EXCLUDED.published_at, document = EXCLUDED.document",
            [(d.story_id, d.published_at, d.headline, d.meta, d.body, " ".join(d.tags)) for d in docs],
        )

    def index(self, document: Document):
        with transaction.atomic(), self.connection.cursor() as cursor:
            self._upsert(cursor, [document])

    def remove(self, story_id):
        self._execute("DELETE FROM search_pgdoc WHERE story_id = %s", [story_id])

    def clear(self):
        self._execute("TRUNCATE search_pgdoc")

    def count(self):
        return self._execute("SELECT count(*) FROM search_pgdoc")[0][0]

    def size_bytes(self):
        return self._execute("SELECT pg_total_relation_size('search_pgdoc')")[0][0]

    def rebuild(self, documents, progress=None, batch_size=2000):
        self.clear()
        # Building a GIN index once over all rows is many times faster than
        # updating it row by row; searches during a rebuild are slower but
        # correct, and a failed rebuild still ends with the index in place.
        self._execute("DROP INDEX IF EXISTS search_pgdoc_document")
        total, batch = 0, []
        try:
            for document in documents:
                batch.append(document)
                if len(batch) >= batch_size:
                    with transaction.atomic(), self.connection.cursor() as cursor:
                        self._upsert(cursor, batch)
                    total += len(batch)
                    if progress:
                        progress(len(batch))
                    batch = []
            if batch:
                with transaction.atomic(), self.connection.cursor() as cursor:
                    self._upsert(cursor, batch)
                total += len(batch)
                if progress:
                    progress(len(batch))
        finally:
            self._execute("SET maintenance_work_mem = '256MB'")
            self._execute("CREATE INDEX IF NOT EXISTS search_pgdoc_document ON search_pgdoc USING gin (document)")
            self._execute("ANALYZE search_pgdoc")
        return total

    def search(self, query):
        text_q = text_tsquery(query)
        tags = query_tags(query)
        if not text_q and not tags:
            return SearchResults([], 0)
        pieces, params = [], []
        if text_q:
            pieces.append("to_tsquery('english', %s)")
            params.append(text_q)
        if tags:
            pieces.append("to_tsquery('simple', %s)")
            params.append(" & ".join(_lexeme(t) for t in tags))
        tsquery = " && ".join(pieces)
        where = f"document @@ ({tsquery})"
        start, end = day_bounds(query.date_from, query.date_to)
        if start:
            where += " AND published_at >= %s"
            params.append(start)
        if end:
            where += " AND published_at < %s"
            params.append(end)
        total = self._execute(
            f"SELECT count(*) FROM (SELECT 1 FROM search_pgdoc WHERE {where} LIMIT %s) m",
            [*params, self.count_limit + 1],
        )[0][0]
        capped = total > self.count_limit
        total = min(total, self.count_limit)
        if total == 0 or query.offset >= total:
            return SearchResults([], total, capped)
        if query.sort == "date" or not text_q:
            rows = self._execute(
                f"SELECT story_id, 0 FROM search_pgdoc WHERE {where} "
                "ORDER BY published_at DESC, story_id DESC LIMIT %s OFFSET %s",
                [*params, query.per_page, query.offset],
            )
        else:
            rows = self._execute(
                f"SELECT story_id, ts_rank_cd('{RANK_WEIGHTS}', document, to_tsquery('english', %s)) AS score "
                f"FROM (SELECT story_id, published_at, document FROM search_pgdoc WHERE {where} "
                "ORDER BY published_at DESC LIMIT %s) m "
                "ORDER BY score DESC, published_at DESC, story_id DESC LIMIT %s OFFSET %s",
                [text_q, *params, self.rank_window, query.per_page, query.offset],
            )
        return SearchResults([Hit(int(r[0]), float(r[1])) for r in rows], total, capped)
