"""The embedded default: SQLite FTS5 in the site's own database.

No server, transactional with the stories, BM25 ranking built in. The FTS
table's rowid is a time key (publication second << 24 | story id), so date
filters and date sorting are rowid ranges that FTS5 walks without sorting,
and "the newest N matches" is cheap to find.
"""

from django.db import transaction

from ..query import index_tokens
from ..text import CATCH_ALL
from .base import Document, Hit, SearchBackend, SearchResults, register
from .dates import day_bounds
from .photos import SQLitePhotos

ID_BITS = 24
ID_MASK = (1 << ID_BITS) - 1
MAX_ROWID = 1 << 62
# bm25 weights per column: story_id (unindexed), headline, body, meta, tags.
WEIGHTS = "0.0, 10.0, 1.0, 3.0, 0.0"


def docid(story_id, published_at):
    return (int(published_at.timestamp()) << ID_BITS) | (story_id & ID_MASK)


def _quote(token):
    return '"' + token.replace('"', '""') + '"'


def match_expression(query, tags):
    parts = []
    for term in query.terms:
        tokens, prefix = index_tokens(term)
        if not tokens:
            continue
        parts.append(_quote(" ".join(tokens)) + ("*" if prefix else ""))
    for tag in tags:
        parts.append("tags : " + _quote(tag))
    return " AND ".join(parts)


@register("sqlite-fts5")
class SQLiteFTS5Backend(SQLitePhotos, SearchBackend):
    vendor = "sqlite"

    def _execute(self, sql, params=()):
        with self.connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()

    def _delete(self, cursor, story_id):
        cursor.execute("SELECT docid FROM search_fts_doc WHERE story_id = %s", [story_id])
        row = cursor.fetchone()
        if row:
            cursor.execute("DELETE FROM search_fts WHERE rowid = %s", [row[0]])
            cursor.execute("DELETE FROM search_fts_doc WHERE story_id = %s", [story_id])

    def _insert(self, cursor, docs):
        rows = [
            (docid(d.story_id, d.published_at), d.story_id, d.headline, d.body, d.meta, " ".join(d.tags)) for d in docs
        ]
        cursor.executemany(
            "INSERT INTO search_fts (rowid, story_id, headline, body, meta, tags) VALUES (%s, %s, %s, %s, %s, %s)",
            rows,
        )
        cursor.executemany("INSERT INTO search_fts_doc (story_id, docid) VALUES (%s, %s)", [(r[1], r[0]) for r in rows])

    def index(self, document: Document):
        with transaction.atomic(), self.connection.cursor() as cursor:
            self._delete(cursor, document.story_id)
            self._insert(cursor, [document])

    def remove(self, story_id):
        with transaction.atomic(), self.connection.cursor() as cursor:
            self._delete(cursor, story_id)

    def clear(self):
        with transaction.atomic(), self.connection.cursor() as cursor:
            cursor.execute("DELETE FROM search_fts")
            cursor.execute("DELETE FROM search_fts_doc")

    def count(self):
        return self._execute("SELECT count(*) FROM search_fts_doc")[0][0]

    def rebuild(self, documents, progress=None, batch_size=2000):
        self.clear()
        with self.connection.cursor() as cursor:
            # A bigger page cache for this connection: the index's b-trees
            # are rewritten on every flush, so a million stories go much
            # faster with them in memory (about 256 MiB, freed on close).
            cursor.execute("PRAGMA cache_size = -262144")
        total, batch = 0, []

        def flush():
            with transaction.atomic(), self.connection.cursor() as cursor:
                self._insert(cursor, batch)
            if progress:
                progress(len(batch))

        for document in documents:
            batch.append(document)
            if len(batch) >= batch_size:
                flush()
                total += len(batch)
                batch = []
        if batch:
            flush()
            total += len(batch)
        # Merge the index's segments into one b-tree: fewer pages per lookup.
        with self.connection.cursor() as cursor:
            cursor.execute("INSERT INTO search_fts (search_fts) VALUES ('optimize')")
        return total

    def size_bytes(self):
        try:
            rows = self._execute("SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'search_fts%%'")
            return rows[0][0]
        except Exception:  # dbstat is an optional SQLite module
            return None

    def search(self, query):
        tags = query_tags(query)
        match = match_expression(query, tags)
        if not match:
            return SearchResults([], 0)
        start, end = day_bounds(query.date_from, query.date_to)
        lo = (int(start.timestamp()) << ID_BITS) if start else 0
        hi = ((int(end.timestamp()) << ID_BITS) - 1) if end else MAX_ROWID
        where = "search_fts MATCH %s AND rowid BETWEEN %s AND %s"
        by_relevance = bool(query.terms) and query.sort != "date"
        # One walk over the newest matches counts them (to the limit), finds
        # the relevance window and, sorted by date, is the page itself: the
        # rowid is a time key, so FTS5 reads matches newest first and stops
        # at the LIMIT.
        want = max(self.count_limit, self.rank_window if by_relevance else 0, query.offset + query.per_page) + 1
        # Rowids only: reading a stored column costs a lookup per row, so the
        # page's story ids come from search_fts_doc afterwards.
        rows = self._execute(
            f"SELECT rowid FROM search_fts WHERE {where} ORDER BY rowid DESC LIMIT %s",
            [match, lo, hi, want],
        )
        capped = len(rows) > self.count_limit
        total = min(len(rows), self.count_limit)
        if total == 0 or query.offset >= total:
            return SearchResults([], total, capped)
        scores = {}
        if by_relevance:
            window = rows[: self.rank_window]
            scores = dict(
                self._execute(
                    f"SELECT rowid, bm25(search_fts, {WEIGHTS}) FROM search_fts WHERE {where}",
                    [match, window[-1][0], window[0][0]],
                )
            )
            # bm25() is lower for better matches; among equals the newest
            # first (rows come newest first and the sort is stable).
            rows = sorted(window, key=lambda r: scores.get(r[0], 0.0)) + rows[self.rank_window :]
        page = [r[0] for r in rows[query.offset : query.offset + query.per_page]]
        story_ids = (
            dict(
                self._execute(
                    f"SELECT docid, story_id FROM search_fts_doc WHERE docid IN ({', '.join(['%s'] * len(page))})",
                    page,
                )
            )
            if page
            else {}
        )
        return SearchResults(
            [Hit(int(story_ids[d]), -float(scores.get(d, 0.0))) for d in page if d in story_ids], total, capped
        )


def query_tags(query):
    from ..text import author_tag, keyword_tag, section_tag

    tags = []
    if query.section:
        tags.append(section_tag(query.section))
    if query.byline:
        tags.append(author_tag(query.byline))
    if query.keyword:
        tags.append(keyword_tag(query.keyword))
    if not tags and not query.terms and query.has_filters:
        tags.append(CATCH_ALL)  # a date range alone: every story matches
    return tags
