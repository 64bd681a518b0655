"""The photo archive's index: a second index beside the stories', in the same
backends (SQLite FTS5, PostgreSQL full-text search).

A photo is found by its words (caption, headline, alt text, credit line,
creator, copyright, place and keywords) and by its date: when the picture was
taken if the file says so, else when it was published. Each registered
backend mixes in the class for its database; callers use `index_photo`,
`remove_photo`, `search_photos`, `rebuild_photos` and `count_photos`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from django.db import transaction

from ..query import SearchQuery, index_tokens
from ..text import CATCH_ALL, keyword_tag
from .base import PhotoDocument, PhotoResults
from .dates import day_bounds

ID_BITS = 24
ID_MASK = (1 << ID_BITS) - 1
# Old pictures predate 1970: the time key counts seconds from 1834 so that
# every date the archive may hold gives a positive rowid.
EPOCH_SHIFT = 1 << 32
MAX_ROWID = 1 << 62
# bm25 weights per column: text (caption, headline, alt), people (credit,
# creator, copyright), place and keywords, tags (filters only).
WEIGHTS = "4.0, 2.0, 3.0, 0.0"


def photo_docid(photo_id: int, when) -> int:
    return ((int(when.timestamp()) + EPOCH_SHIFT) << ID_BITS) | (photo_id & ID_MASK)


def _time_key(moment) -> int:
    return (int(moment.timestamp()) + EPOCH_SHIFT) << ID_BITS


def _quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def batches(documents: Iterable[PhotoDocument], size: int) -> Iterator[list[PhotoDocument]]:
    batch: list[PhotoDocument] = []
    for document in documents:
        batch.append(document)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def photo_tags(query: SearchQuery) -> list[str]:
    tags = [keyword_tag(query.keyword)] if query.keyword else []
    if not tags and not query.terms and (query.date_from or query.date_to):
        tags.append(CATCH_ALL)  # a date range alone: every photo matches
    return tags


class SQLitePhotos:
    """FTS5 table `search_photo_fts` whose rowid is a time key (the photo's
    date in seconds << 24 | photo id), so date filters are rowid ranges and
    the newest matches come first without a sort; `search_photo_doc` maps a
    photo to its rowid for removal."""

    connection: object
    count_limit: int
    _execute: Callable

    def _photo_delete(self, cursor, photo_id: int) -> None:
        cursor.execute("SELECT docid FROM search_photo_doc WHERE photo_id = %s", [photo_id])
        row = cursor.fetchone()
        if row:
            cursor.execute("DELETE FROM search_photo_fts WHERE rowid = %s", [row[0]])
            cursor.execute("DELETE FROM search_photo_doc WHERE photo_id = %s", [photo_id])

    def _photo_insert(self, cursor, docs: list[PhotoDocument]) -> None:
        rows = [(photo_docid(d.photo_id, d.date), d.text, d.people, d.place, " ".join(d.tags)) for d in docs]
        cursor.executemany(
            "INSERT INTO search_photo_fts (rowid, text, people, place, tags) VALUES (%s, %s, %s, %s, %s)", rows
        )
        cursor.executemany(
            "INSERT INTO search_photo_doc (photo_id, docid) VALUES (%s, %s)",
            [(d.photo_id, r[0]) for d, r in zip(docs, rows, strict=True)],
        )

    def index_photo(self, document: PhotoDocument) -> None:
        with transaction.atomic(), self.connection.cursor() as cursor:
            self._photo_delete(cursor, document.photo_id)
            self._photo_insert(cursor, [document])

    def remove_photo(self, photo_id: int) -> None:
        with transaction.atomic(), self.connection.cursor() as cursor:
            self._photo_delete(cursor, photo_id)

    def count_photos(self) -> int:
        return self._execute("SELECT count(*) FROM search_photo_doc")[0][0]

    def rebuild_photos(self, documents: Iterable[PhotoDocument], batch_size: int = 2000) -> int:
        total = 0
        with transaction.atomic(), self.connection.cursor() as cursor:
            cursor.execute("DELETE FROM search_photo_fts")
            cursor.execute("DELETE FROM search_photo_doc")
            for batch in batches(documents, batch_size):
                self._photo_insert(cursor, batch)
                total += len(batch)
        return total

    def search_photos(self, query: SearchQuery) -> PhotoResults:
        parts = []
        for term in query.terms:
            tokens, prefix = index_tokens(term)
            if tokens:
                parts.append("{text people place} : " + _quote(" ".join(tokens)) + ("*" if prefix else ""))
        parts += ["tags : " + _quote(tag) for tag in photo_tags(query)]
        if not parts:
            return PhotoResults([], 0)
        start, end = day_bounds(query.date_from, query.date_to)
        lo = _time_key(start) if start else 0
        hi = _time_key(end) - 1 if end else MAX_ROWID
        order = (
            f"bm25(search_photo_fts, {WEIGHTS}), rowid DESC" if query.terms and query.sort != "date" else "rowid DESC"
        )
        rows = self._execute(
            "SELECT rowid FROM search_photo_fts WHERE search_photo_fts MATCH %s AND rowid BETWEEN %s AND %s "
            f"ORDER BY {order} LIMIT %s",
            [" AND ".join(parts), lo, hi, self.count_limit + 1],
        )
        total = min(len(rows), self.count_limit)
        page = rows[query.offset : min(query.offset + query.per_page, total)]
        return PhotoResults([r[0] & ID_MASK for r in page], total, len(rows) > self.count_limit)


PG_VECTOR_SQL = (
    "setweight(to_tsvector('english', %s), 'A') || setweight(to_tsvector('english', %s), 'B') || "
    "setweight(to_tsvector('english', %s), 'B') || setweight(to_tsvector('simple', %s), 'D')"
)
PG_UPSERT_SQL = (
    f"INSERT INTO search_pgphoto (photo_id, taken_at, document) VALUES (%s, %s, {PG_VECTOR_SQL}) "
    "ON CONFLICT (photo_id) DO UPDATE SET taken_at = EXCLUDED.taken_at, document = EXCLUDED.document"
)


def _lexeme(token: str, prefix: bool = False) -> str:
    return "'" + token.replace("'", "''").replace("\\", "") + "'" + (":*" if prefix else "")


class PostgresPhotos:
    """Table `search_pgphoto`: a tsvector per photo (words weighted A for the
    caption, B for people, place and keywords; exact filter tags as D) with a
    GIN index, and its date for ranges and ordering."""

    connection: object
    count_limit: int
    _execute: Callable

    def _photo_upsert(self, cursor, docs: list[PhotoDocument]) -> None:
        cursor.executemany(
            PG_UPSERT_SQL, [(d.photo_id, d.date, d.text, d.people, d.place, " ".join(d.tags)) for d in docs]
        )

    def index_photo(self, document: PhotoDocument) -> None:
        with transaction.atomic(), self.connection.cursor() as cursor:
            self._photo_upsert(cursor, [document])

    def remove_photo(self, photo_id: int) -> None:
        self._execute("DELETE FROM search_pgphoto WHERE photo_id = %s", [photo_id])

    def count_photos(self) -> int:
        return self._execute("SELECT count(*) FROM search_pgphoto")[0][0]

    def rebuild_photos(self, documents: Iterable[PhotoDocument], batch_size: int = 2000) -> int:
        total = 0
        with transaction.atomic(), self.connection.cursor() as cursor:
            cursor.execute("DELETE FROM search_pgphoto")
            for batch in batches(documents, batch_size):
                self._photo_upsert(cursor, batch)
                total += len(batch)
        return total

    def search_photos(self, query: SearchQuery) -> PhotoResults:
        words = []
        for term in query.terms:
            tokens, prefix = index_tokens(term)
            if tokens:
                lexemes = [_lexeme(t, prefix and i == len(tokens) - 1) for i, t in enumerate(tokens)]
                words.append("(" + " <-> ".join(lexemes) + ")")
        tags = photo_tags(query)
        filters, params = [], []
        if words:
            filters.append("document @@ to_tsquery('english', %s)")
            params.append(" & ".join(words))
        if tags:
            filters.append("document @@ to_tsquery('simple', %s)")
            params.append(" & ".join(_lexeme(t) for t in tags))
        if not filters:
            return PhotoResults([], 0)
        start, end = day_bounds(query.date_from, query.date_to)
        if start:
            filters.append("taken_at >= %s")
            params.append(start)
        if end:
            filters.append("taken_at < %s")
            params.append(end)
        order = "taken_at DESC, photo_id DESC"
        select_params: list = []
        if words and query.sort != "date":
            order = "ts_rank(document, to_tsquery('english', %s)) DESC, " + order
            select_params = [" & ".join(words)]
        rows = self._execute(
            f"SELECT photo_id FROM search_pgphoto WHERE {' AND '.join(filters)} ORDER BY {order} LIMIT %s",
            [*params, *select_params, self.count_limit + 1],
        )
        total = min(len(rows), self.count_limit)
        page = rows[query.offset : min(query.offset + query.per_page, total)]
        return PhotoResults([int(r[0]) for r in page], total, len(rows) > self.count_limit)
