"""PostgreSQL full-text search: a tsvector per story with a GIN index.

Two vectors per story:

* `document` is what queries match: headline (weight A), bylines/keywords/
  city (B), body (C) and filter tags (D) — exact tokens for section, author
  and keyword, plus time tokens: the publication week ("zzw2917": weeks
  since 1970) and the aligned blocks of 4, 16 and 64 weeks that hold it
  ("zzm729", "zzq182", "zzy45").
* `rankdoc` is what relevance is scored on: headline, meta and the lead
  (the first paragraphs, which in news style say what the story is about).
  It stays small enough to live inside the table row, so scoring a thousand
  matches never reads a TOASTed body vector.

* `pairs` holds each adjacent pair of words as one token ('fight~near',
  or 'within~2~parti' with a stop word between), so a phrase asks the index
  for the stories with all its pairs, (nearly) exactly the stories with the
  phrase, before any word positions are read (migrations 0004 and 0006).

`search_pgterm` lists the index's words, so a prefix ("minist*") is looked
up as the few words it stands for rather than as a merge of every matching
posting list.

Text goes through the `english` configuration (stemming), after CJK runs
have been cut into bigrams as for SQLite; tags through `simple`, so they
stay exact.

A common word matches half a million stories, and GIN cannot return its
matches newest first. Rather than fetch them all to sort them, a search
walks back from the newest week: it asks for matches in the newest weeks
that could hold enough stories, then, from the matches per week seen so
far, for as many weeks as should be enough (and a quarter more), and stops
at the first step that has enough; a step that shows the query to be rare
asks for all weeks at once. Matches outside the weeks asked for are all
older, so the first step with enough holds exactly the newest ones. A step
names its weeks as a few time tokens (the blocks that exactly cover them),
so each step is one GIN scan in which the time tokens drive the common
word's posting list, and no row outside the step is read from the table.
"""

import math

from django.db import transaction

from ..query import index_tokens
from ..text import is_cjk
from .base import Document, Hit, SearchBackend, SearchResults, register
from .dates import day_bounds
from .photos import PostgresPhotos
from .sqlite import query_tags

RANK_WEIGHTS = "{0.0, 0.2, 0.4, 1.0}"  # D, C, B, A
VECTOR_SQL = (
    "setweight(to_tsvector('english', %s), 'A') || setweight(to_tsvector('english', %s), 'B') || "
    "setweight(to_tsvector('english', %s), 'C') || setweight(to_tsvector('simple', %s), 'D')"
)
RANK_VECTOR_SQL = (
    "setweight(to_tsvector('english', %s), 'A') || setweight(to_tsvector('english', %s), 'B') || "
    "setweight(to_tsvector('english', %s), 'C')"
)
SEARCH_WORK_MEM = "32MB"
WEEK_SECONDS = 7 * 24 * 3600
# A walk step asks for this many times the weeks its matches per week say
# are enough, and at least this many times the weeks of the step before.
STEP_MARGIN = 1.25
STEP_GROWTH = 1.5
# Time tokens: a story's week, and the aligned blocks of weeks holding it.
TIME_LEVELS = (("zzw", 1), ("zzm", 4), ("zzq", 16), ("zzy", 64))
# A query expected to match fewer stories than this reads them all at once
# rather than walking (a step's OR of many weeks costs more than that).
WHOLE_MAX = 3_000
# Up to this many phrase candidates are all checked for the phrase in place.
VERIFY_ALL = 300
# A prefix standing for more words than this is matched as a prefix.
MAX_PREFIX_WORDS = 64
# OFFSET 0 keeps the subquery whole, so the document vector is built once
# (a flattened subquery would build it again for the pairs).
UPSERT_SQL = (
    "INSERT INTO search_pgdoc (story_id, published_at, document, rankdoc, pairs) "
    f"SELECT %s, %s, d, {RANK_VECTOR_SQL}, dateline_word_pairs(d) FROM (SELECT {VECTOR_SQL} AS d OFFSET 0) v "
    "ON CONFLICT (story_id) DO UPDATE SET published_at = EXCLUDED.published_at, "
    "document = EXCLUDED.document, rankdoc = EXCLUDED.rankdoc, pairs = EXCLUDED.pairs"
)
ADD_TERMS_SQL = (
    "INSERT INTO search_pgterm SELECT DISTINCT unnest(tsvector_to_array(ts_filter(document, '{a,b,c}'))) "
    "FROM search_pgdoc WHERE story_id = ANY(%s) ON CONFLICT DO NOTHING"
)
GIN_SQL = "CREATE INDEX IF NOT EXISTS search_pgdoc_document ON search_pgdoc USING gin (document, pairs)"


def _lexeme(token, prefix=False):
    return "'" + token.replace("'", "''").replace("\\", "") + "'" + (":*" if prefix else "")


def _verbatim(lexeme):
    """A lexeme for a tsquery cast from text: taken as written, not stemmed."""
    return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'"


def week_of(moment):
    """Whole weeks since 1970-01-01 (a Thursday) at `moment`."""
    return int(moment.timestamp() // WEEK_SECONDS)


def pair_token(first, second, gap):
    """Two words in a row as the index stores them: 'fight~near' next to
    each other, 'within~2~parti' with stop words between (as "within the
    party"), as `dateline_word_pairs()` writes them (migration 0006)."""
    return f"{first}~{second}" if gap == 1 else f"{first}~{gap}~{second}"


def _block_token(prefix, size, week):
    """The token of the block of `size` weeks that holds `week`."""
    return f"{prefix}{week // size}"


def time_tokens(week):
    """A story's time tokens: its week and each block of weeks holding it."""
    return [_block_token(prefix, size, week) for prefix, size in TIME_LEVELS]


def cover(lo, hi):
    """Time tokens whose blocks together are exactly weeks lo..hi:
    from lo upwards, each time the largest block that starts there and ends
    by hi (at most three of a size at either end, 64-week blocks between)."""
    tokens, week = [], lo
    while week <= hi:
        prefix, size = next((p, n) for p, n in reversed(TIME_LEVELS) if week % n == 0 and week + n - 1 <= hi)
        tokens.append(_block_token(prefix, size, week))
        week += size
    return tokens


def step_start(newest, oldest, weeks):
    """The first week of a walk step of at least `weeks` weeks back from
    `newest`, moved back to a boundary of a block of at most a quarter of
    the step, so a few tokens cover it and it reads at most a quarter more."""
    weeks = math.ceil(weeks)
    size = max(n for _, n in TIME_LEVELS if n <= max(1, weeks / 4))
    return max((newest - weeks + 1) // size * size, oldest)


@register("postgres")
class PostgresBackend(PostgresPhotos, SearchBackend):
    vendor = "postgresql"

    def _execute(self, sql, params=()):
        with self.connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall() if cursor.description else None

    def _upsert(self, cursor, docs):
        cursor.executemany(
            UPSERT_SQL,
            [
                (
                    d.story_id,
                    d.published_at,
                    d.headline,
                    d.meta,
                    d.lead,
                    d.headline,
                    d.meta,
                    d.body,
                    " ".join([*d.tags, *time_tokens(week_of(d.published_at))]),
                )
                for d in docs
            ],
        )

    def index(self, document: Document):
        with transaction.atomic(), self.connection.cursor() as cursor:
            self._upsert(cursor, [document])
            cursor.execute(ADD_TERMS_SQL, [[document.story_id]])

    def remove(self, story_id):
        self._execute("DELETE FROM search_pgdoc WHERE story_id = %s", [story_id])

    def clear(self):
        self._execute("TRUNCATE search_pgdoc, search_pgterm")

    def count(self):
        return self._execute("SELECT count(*) FROM search_pgdoc")[0][0]

    def size_bytes(self):
        return self._execute("SELECT pg_total_relation_size('search_pgdoc')")[0][0]

    def rebuild(self, documents, progress=None, batch_size=2000):
        self.clear()
        # Building a GIN index once over all rows is many times faster than
        # updating it row by row. Searches during a rebuild are slower and
        # find only the rows written so far; a failed rebuild still ends
        # with the index in place.
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
            self._execute(GIN_SQL)
            self._execute(
                "INSERT INTO search_pgterm SELECT word FROM "
                "ts_stat('SELECT ts_filter(document, ''{a,b,c}'') FROM search_pgdoc') ON CONFLICT DO NOTHING"
            )
            self._execute("ANALYZE search_pgdoc")
        return total

    def _weeks(self, start, end):
        """The newest and oldest weeks that can hold matches and the moment
        matches end (None when the index or the date range is empty), and
        the index's stories per week."""
        newest, oldest, estimate = self._execute(
            "SELECT max(published_at), min(published_at), "
            "(SELECT reltuples FROM pg_class WHERE oid = 'search_pgdoc'::regclass) FROM search_pgdoc"
        )[0]
        if newest is None:
            return None, 0.0
        # The planner's row estimate is free; a table never analysed (-1)
        # is new, hence small, and counted.
        stories = estimate if estimate is not None and estimate >= 0 else self.count()
        per_week = stories / (week_of(newest) - week_of(oldest) + 1)
        if end is not None and end <= newest:
            newest = end
        if start is not None and start > oldest:
            oldest = start
        if newest < oldest:
            return None, per_week
        return (week_of(newest), week_of(oldest), newest.timestamp()), per_week

    def _prefix_words(self, token):
        """The index's words that begin with `token` (stemmed as the index
        stems), or None to match it as a prefix after all."""
        # Two statements, not one: with the stem a parameter, the vocabulary
        # is a range scan of its primary key (0.2 ms); stemming in the same
        # statement made it 0.5 ms on 100,000 stories.
        stems = self._execute(
            "SELECT lexeme FROM unnest(to_tsvector('english', %s)) AS u(lexeme, positions, weights)", [token]
        )
        if len(stems) != 1:
            return None
        stem = stems[0][0]
        words = [
            row[0]
            for row in self._execute(
                "SELECT lexeme FROM search_pgterm WHERE lexeme >= %s AND lexeme < %s ORDER BY lexeme LIMIT %s",
                [stem, stem + "\U0010ffff", MAX_PREFIX_WORDS + 1],
            )
        ]
        return words if 0 < len(words) <= MAX_PREFIX_WORDS else None

    def _pairs(self, text):
        """The adjacent word pairs of a phrase, as the index stores them."""
        words = self._execute(
            "SELECT lexeme, pos FROM unnest(to_tsvector('english', %s)) AS u(lexeme, positions, weights), "
            "unnest(u.positions) AS pos ORDER BY pos",
            [text],
        )
        return [pair_token(a, b, q - p) for (a, p), (b, q) in zip(words, words[1:], strict=False)]

    def _text_query(self, query):
        """The query's words as tsquery SQL expressions with their parameters
        (each ("", []) when there are none): `exact`, with phrases as
        phrases, and `loose`, with a phrase's words only required together;
        and the tsquery text of the word pairs its phrases need (or "")."""
        stemmed, loose, verbatim, pairs = [], [], [], []
        for term in query.terms:
            tokens, prefix = index_tokens(term)
            if not tokens:
                continue
            if prefix and len(tokens) == 1 and not is_cjk(tokens[0]):
                words = self._prefix_words(tokens[0])
                if words:
                    verbatim.append("(" + " | ".join(_verbatim(w) for w in words) + ")")
                    continue
            lexemes = [_lexeme(t, prefix and i == len(tokens) - 1) for i, t in enumerate(tokens)]
            stemmed.append("(" + " <-> ".join(lexemes) + ")")
            loose.append("(" + " & ".join(lexemes) + ")")
            exact = tokens[:-1] if prefix else tokens
            if len(exact) > 1:
                pairs += self._pairs(" ".join(exact))

        def expression(parts):
            exprs, params = [], []
            if parts:
                exprs.append("to_tsquery('english', %s)")
                params.append(" & ".join(parts))
            if verbatim:
                exprs.append("%s::tsquery")
                params.append(" & ".join(verbatim))
            return " && ".join(exprs), params

        return expression(stemmed), expression(loose), " & ".join(_verbatim(p) for p in dict.fromkeys(pairs))

    @staticmethod
    def _statement(exact, loose, pairs, tags, start, end, by_relevance):
        """A function of (span, limit) giving the SQL and
        parameters that fetch the newest candidates (matches of `loose`),
        with their scores (on `exact`). `span` is the (first, last) week to
        search, or None for all."""
        text_sql, text_params = loose
        filters, params = [], []
        if text_sql:
            filters.append(text_sql)
            params += text_params
        if tags:
            filters.append("to_tsquery('simple', %s)")
            params.append(" & ".join(_lexeme(t) for t in tags))
        extra, extra_params = "", []
        if pairs:
            extra += " AND pairs @@ %s::tsquery"
            extra_params.append(pairs)
        if start:
            extra += " AND published_at >= %s"
            extra_params.append(start)
        if end:
            extra += " AND published_at < %s"
            extra_params.append(end)
        score = f"ts_rank_cd('{RANK_WEIGHTS}', rankdoc, {exact[0]})" if by_relevance else "0"
        score_params = list(exact[1]) if by_relevance else []

        def statement(span, limit):
            pieces, span_params = list(filters), []
            if span is not None:
                pieces.append("to_tsquery('simple', %s)")
                span_params.append(" | ".join(_lexeme(t) for t in cover(*span)))
            # Scores only for the rows kept: the subquery's LIMIT comes first.
            sql = (
                f"SELECT story_id, published_at, {score} FROM ("
                "SELECT story_id, published_at, rankdoc FROM search_pgdoc "
                f"WHERE document @@ ({' && '.join(pieces)}){extra} "
                "ORDER BY published_at DESC, story_id DESC LIMIT %s) newest"
            )
            return sql, [*score_params, *params, *span_params, *extra_params, limit]

        return statement

    def _walk(self, statement, weeks, per_week, want, bounded):
        """The newest `want` matches: newest week first, widening until a
        step has enough (see the module docstring). `weeks` is the newest
        and oldest week that can hold matches and the moment matches end;
        `bounded` says a date range set them, so even the last step names
        its weeks."""
        newest, oldest, ends_at = weeks

        def elapsed(first):
            # Weeks of stories from `first` on: the newest week only as far
            # as it has gone, or a Monday's matches would look like a week's.
            return max((ends_at - first * WEEK_SECONDS) / WEEK_SECONDS, 1 / 7)

        # The fewest weeks that could hold `want` stories at all; on a small
        # archive that is every week at once.
        reach = max(1.0, want / per_week) if per_week else None
        with transaction.atomic():
            # A prefix's words are gathered into one bitmap of matching rows;
            # at the default 4 MB a common prefix's bitmap turns lossy and
            # every row on its pages is re-read. Only for this transaction.
            # Bitmap scans only: walking the date index and testing each row
            # reads every story's vector when the words turn out to be rare.
            self._execute(
                f"SET LOCAL work_mem = '{SEARCH_WORK_MEM}'; "
                "SET LOCAL enable_indexscan = off; SET LOCAL enable_seqscan = off"
            )
            while True:
                first = oldest if reach is None else step_start(newest, oldest, reach)
                whole = first <= oldest
                rows = self._execute(*statement(None if whole and not bounded else (first, newest), want))
                if whole or len(rows) >= want:
                    return rows
                # Matches per week so far: a rare query reads everything
                # now; a common one asks for the weeks likely to be enough.
                rate = len(rows) / elapsed(first)
                if rate * elapsed(oldest) <= WHOLE_MAX:
                    reach = None
                else:
                    reach = max(STEP_MARGIN * want / rate, STEP_GROWTH * (newest - first + 1))

    def _verified(self, exact, story_ids):
        """Those of `story_ids` whose stories have the phrases in place."""
        if not story_ids:
            return set()
        # The test is in the select list, so the rows are found by their
        # keys; in WHERE the planner may scan the GIN index for the phrase.
        return {
            row[0]
            for row in self._execute(
                f"SELECT story_id, document @@ ({exact[0]}) FROM search_pgdoc WHERE story_id = ANY(%s)",
                [*exact[1], list(story_ids)],
            )
            if row[1]
        }

    def search(self, query):
        exact, loose, pairs = self._text_query(query)
        tags = query_tags(query)
        if not exact[0] and not tags:
            return SearchResults([], 0)
        start, end = day_bounds(query.date_from, query.date_to)
        weeks, per_week = self._weeks(start, end)
        if weeks is None:
            return SearchResults([], 0)
        by_relevance = bool(exact[0]) and query.sort != "date"
        # Enough of the newest matches to count to the limit, to rank the
        # window and to fill the page asked for.
        want = max(self.count_limit, self.rank_window if by_relevance else 0, query.offset + query.per_page) + 1
        statement = self._statement(exact, loose, pairs, tags, start, end, by_relevance)
        rows = self._walk(statement, weeks, per_week, want, bounded=bool(start or end))
        # The walk finds stories with a phrase's words and word pairs; which
        # of them have the phrase in place takes re-reading each story's
        # vector (tens of µs each). A few candidates are all checked, so
        # counts are exact; of many, only as many as the page needs, and
        # the count is of the candidates (the pairs make them near-exact).
        checking = loose != exact
        if checking and len(rows) <= VERIFY_ALL:
            found = self._verified(exact, [r[0] for r in rows])
            rows, checking = [r for r in rows if r[0] in found], False

        capped = len(rows) > self.count_limit
        total = min(len(rows), self.count_limit)
        if total == 0 or query.offset >= total:
            return SearchResults([], total, capped)
        if by_relevance:
            # The window best first (among equals the newest: rows come
            # newest first and the sort is stable), then any older matches.
            rows = sorted(rows[: self.rank_window], key=lambda r: -r[2]) + rows[self.rank_window :]
        if checking:
            rows = self._verified_prefix(exact, rows[:total], query.offset + query.per_page)
        page = rows[query.offset : query.offset + query.per_page]
        return SearchResults([Hit(int(r[0]), float(r[2])) for r in page], total, capped)

    def _verified_prefix(self, exact, rows, needed):
        """The first `needed` rows of `rows` that have the phrases in place,
        checked a few pages at a time."""
        kept, start, chunk = [], 0, max(2 * needed, 40)
        while len(kept) < needed and start < len(rows):
            batch = rows[start : start + chunk]
            found = self._verified(exact, [r[0] for r in batch])
            kept += [r for r in batch if r[0] in found]
            start += chunk
        return kept
