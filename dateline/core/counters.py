"""Atomic counters shared by every web process: the store behind rate limits
and sign-in protection.

Two operations, both atomic, so that concurrent requests in any number of
processes can neither lose a count nor slip past a limit together:

- `hit(key, window, now, delta=1)` adds `delta` to the count of `key` in the
  current fixed window (windows are aligned: `now // window`) and returns the
  new count and the time the window ends. `delta=-1` gives back a count that
  was taken but not used; `delta=0` only reads.
- `claim(key, until, now)` takes `key` until the time `until` if nobody holds
  it, and says whether it did and until when the holder keeps it. Sign-in
  protection uses it to let one try through per waiting period.

Stores (setting DATELINE_COUNTERS):

- "sqlite": a small SQLite file (DATELINE_COUNTERS_FILE) beside the database,
  shared by every worker of the machine. Each change is one UPSERT inside
  BEGIN IMMEDIATE, so concurrent writers queue on SQLite's lock. The counters
  are kept apart from the main database so that a long write there (an import,
  a reindex) never stalls a rate-limit check, and they are written without
  fsync: losing the last second of counts in a power cut is harmless.
- "cache": Django's default cache with `add` + `incr` (on Redis, INCRBY with
  EXPIRE in one MULTI; shared by every machine behind a load balancer). With the
  local-memory cache each process counts alone, which only tests should use.
"""

import math
import os
import random
import sqlite3
import threading
import time
from pathlib import Path

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.base import BaseCache
from django.core.cache.backends.redis import RedisCache


class CounterStoreError(RuntimeError):
    """The store cannot be reached or written (a read-only data directory, Redis down)."""


# Expired rows are deleted now and then (about one change in PURGE_EVERY) so
# the file keeps only live counters without a scheduled job.
PURGE_EVERY = 1000
# Kept a little past the window's end, for clock skew between hosts.
SLACK = 5


def _bucket(window, now):
    bucket = int(now // window)
    return bucket, (bucket + 1) * window


class CacheCounters:
    """Counters in a Django cache whose `add` and `incr` are atomic."""

    def __init__(self, alias="default") -> None:
        self.alias = alias

    @property
    def cache(self) -> BaseCache:
        return caches[self.alias]

    def hit(self, key: str, window: int, now: float, delta: int = 1) -> tuple[int, float]:
        try:
            return self._hit(key, window, now, delta)
        except Exception as error:  # the cache's own errors (Redis down) vary by backend
            raise CounterStoreError(f"cache counters: {error}") from error

    def _hit(self, key, window, now, delta):
        bucket, ends = _bucket(window, now)
        cache_key = f"counter:{key}:{window}:{bucket}"
        timeout = max(1, math.ceil(ends - now)) + SLACK
        if delta > 0 and isinstance(self.cache, RedisCache):
            return self._redis_hit(cache_key, delta, timeout), ends
        if delta > 0:
            # add() creates the counter only if it is absent, so concurrent
            # first hits cannot reset each other.
            self.cache.add(cache_key, 0, timeout=timeout)
        try:
            return self.cache.incr(cache_key, delta), ends
        except ValueError:  # expired between add and incr, or nothing to give back
            if delta <= 0:
                return 0, ends
            self.cache.add(cache_key, delta, timeout=timeout)
            return delta, ends

    def _redis_hit(self, cache_key, delta, timeout):
        # One round trip instead of add + incr's three: INCRBY and EXPIRE in
        # one MULTI. Every hit sets the expiry to the window's end (plus the
        # slack), so the order of concurrent hits does not matter. (Django's
        # RedisCache keeps its client as `_cache`; counters hold plain
        # integers, which Django's serializer also stores as such.)
        key = self.cache.make_and_validate_key(cache_key)
        pipe = self.cache._cache.get_client(key, write=True).pipeline()
        pipe.incrby(key, delta)
        pipe.expire(key, timeout)
        return pipe.execute()[0]

    def claim(self, key: str, until: float, now: float) -> tuple[bool, float]:
        cache_key = f"claim:{key}"
        try:
            if self.cache.add(cache_key, until, timeout=max(1, math.ceil(until - now))):
                return True, until
            held = self.cache.get(cache_key)
        except Exception as error:
            raise CounterStoreError(f"cache counters: {error}") from error
        return False, held if held is not None else until

    def release(self, key: str) -> None:
        try:
            self.cache.delete(f"claim:{key}")
        except Exception as error:
            raise CounterStoreError(f"cache counters: {error}") from error


class SQLiteCounters:
    """Counters in a SQLite file shared by the processes of one machine."""

    SCHEMA = (
        "CREATE TABLE IF NOT EXISTS counter ("
        " key TEXT PRIMARY KEY, bucket INTEGER NOT NULL, n INTEGER NOT NULL, expires REAL NOT NULL"
        ") WITHOUT ROWID",
        "CREATE INDEX IF NOT EXISTS counter_expires ON counter (expires)",
    )
    # One statement per change. A newer window restarts the count; a request
    # whose clock is behind the row's window counts in the row's window.
    HIT = (
        "INSERT INTO counter (key, bucket, n, expires) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (key) DO UPDATE SET "
        " n = CASE WHEN excluded.bucket > counter.bucket THEN excluded.n ELSE counter.n + excluded.n END,"
        " bucket = MAX(counter.bucket, excluded.bucket),"
        " expires = MAX(counter.expires, excluded.expires) "
        "RETURNING n, bucket"
    )
    GIVE_BACK = "UPDATE counter SET n = MAX(n - ?, 0) WHERE key = ? AND bucket = ? AND n > 0 RETURNING n"
    CLAIM = (
        "INSERT INTO counter (key, bucket, n, expires) VALUES (?, 0, 1, ?) "
        "ON CONFLICT (key) DO UPDATE SET expires = excluded.expires WHERE counter.expires <= ? "
        "RETURNING expires"
    )

    def __init__(self, path) -> None:
        self.path = Path(path)
        self._local = threading.local()

    def _connection(self):
        local = self._local
        # A connection is never shared across a fork: each worker opens its own.
        if getattr(local, "pid", None) != os.getpid():
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(database=self.path, timeout=10, isolation_level=None)
            self._set_up(conn)
            local.conn, local.pid = conn, os.getpid()
        return local.conn

    def _set_up(self, conn, attempts=100):
        """WAL mode and the table. Switching a new file to WAL while other
        workers open it answers "database is locked" at once, without waiting
        on the busy timeout, so the first workers of a fresh file try again."""
        for attempt in range(attempts):
            try:
                if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                    conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA synchronous=OFF")
                for statement in self.SCHEMA:
                    conn.execute(statement)
                return
            except sqlite3.OperationalError as error:
                if "locked" not in str(error) or attempt == attempts - 1:
                    raise
                time.sleep(0.01 * (1 + attempt % 10))

    def _write(self, sql, params, now):
        try:
            return self._transaction(sql, params, now)
        except (sqlite3.Error, OSError) as error:
            raise CounterStoreError(f"counters file {self.path}: {error}") from error

    def _transaction(self, sql, params, now):
        conn = self._connection()
        # IMMEDIATE takes the write lock first, so a busy writer is waited for
        # (up to the timeout) instead of failing on a stale read snapshot.
        conn.execute("BEGIN IMMEDIATE")
        try:
            row = conn.execute(sql, params).fetchone()
            if random.randrange(PURGE_EVERY) == 0:
                conn.execute("DELETE FROM counter WHERE expires < ?", (now,))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        return row

    def hit(self, key: str, window: int, now: float, delta: int = 1) -> tuple[int, float]:
        bucket, ends = _bucket(window, now)
        row_key = f"{key}:{window}"
        if delta <= 0:
            row = self._write(self.GIVE_BACK, (-delta, row_key, bucket), now)
            return (row[0] if row else 0), ends
        count, row_bucket = self._write(self.HIT, (row_key, bucket, delta, ends + SLACK), now)
        if row_bucket != bucket:  # this request's clock is behind: report the row's window
            ends = (row_bucket + 1) * window
        return count, ends

    def claim(self, key: str, until: float, now: float) -> tuple[bool, float]:
        row = self._write(self.CLAIM, (f"claim:{key}", until, now), now)
        if row is not None:
            return True, until
        try:
            held = self._connection().execute("SELECT expires FROM counter WHERE key = ?", (f"claim:{key}",)).fetchone()
        except sqlite3.Error as error:
            raise CounterStoreError(f"counters file {self.path}: {error}") from error
        return False, held[0] if held else until

    def release(self, key: str) -> None:
        self._write("DELETE FROM counter WHERE key = ?", (f"claim:{key}",), 0)

    def clear(self) -> None:
        """Forget every counter (tests)."""
        self._write("DELETE FROM counter", (), 0)


_stores: dict[object, "CacheCounters | SQLiteCounters"] = {}
_stores_lock = threading.Lock()


def store() -> CacheCounters | SQLiteCounters:
    """The configured store (one instance per configuration, so tests that
    override the settings get their own)."""
    kind = getattr(settings, "DATELINE_COUNTERS", "cache")
    if kind == "sqlite":
        ident = (kind, str(settings.DATELINE_COUNTERS_FILE))
    elif kind == "cache":
        ident = (kind, getattr(settings, "DATELINE_COUNTERS_CACHE", "default"))
    else:
        raise ValueError(f"DATELINE_COUNTERS must be 'sqlite' or 'cache', not {kind!r}")
    found = _stores.get(ident)
    if found is None:
        with _stores_lock:
            found = _stores.get(ident)
            if found is None:
                found = SQLiteCounters(ident[1]) if kind == "sqlite" else CacheCounters(ident[1])
                _stores[ident] = found
    return found
