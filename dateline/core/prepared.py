"""Querysets compiled once and run many times.

Django compiles a queryset to SQL every time it is evaluated. For a lookup
with two joins, such as the article page's story + live version + section,
compiling took about 8 times as long as running the query on SQLite. The
hottest lookups are therefore compiled once per database alias and re-run
with new parameter values; rows become model instances exactly as Django's
own ModelIterable makes them (select_related objects included).
"""

import threading
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

from django.db import connections
from django.db.models.query import get_related_populators  # type: ignore[attr-defined]  # Django's own, untyped

_SENTINEL = "\x00dateline-prepared-parameter\x00"
# For integer lookups: a value no primary key or count will ever take.
INT_SENTINEL = -7_362_947_361_123
# For datetime parameters (such as "now" in the public filters): a time no
# story was ever published at.
DATETIME_SENTINEL = datetime(1901, 2, 3, 4, 5, 6, 789012, tzinfo=UTC)


class PreparedGet:
    """`get()` by one lookup value, for a queryset built by `factory(value)`.

    The factory must use its argument exactly once as a query parameter (e.g.
    `Story.objects.select_related("live").filter(public_id=value)`); anything
    that depends on the time or the request must be checked in Python.
    """

    def __init__(self, factory, sentinel=_SENTINEL) -> None:
        self.factory = factory
        self.sentinel = sentinel
        # Per thread: a compiler (and its converters) belongs to the database
        # connection it was made with, and connections are per thread.
        self._local = threading.local()

    def _compile(self, using):
        queryset = self.factory(self.sentinel)
        compiler = queryset.query.get_compiler(using=using)
        sql, params = compiler.as_sql()
        params = tuple(params)
        if params.count(self.sentinel) != 1:
            raise ValueError("the prepared queryset must use its parameter exactly once")
        klass_info = compiler.klass_info
        select = compiler.select
        start, end = klass_info["select_fields"][0], klass_info["select_fields"][-1] + 1
        fields = [s[0] for s in select[0 : compiler.col_count]]
        state = {
            "sql": sql,
            "params": params,
            "index": params.index(self.sentinel),
            "model": klass_info["model"],
            "init_list": [f[0].target.attname for f in select[start:end]],
            "span": (start, end),
            "compiler": compiler,
            "converters": compiler.get_converters(fields),
            "populators": get_related_populators(klass_info, select, using),
        }
        self._states()[using] = state
        return state

    def _states(self):
        states = getattr(self._local, "states", None)
        if states is None:
            states = self._local.states = {}
        return states

    def get(self, value: object, using: str = "default") -> Any:
        state = self._states().get(using) or self._compile(using)
        params = list(state["params"])
        params[state["index"]] = value
        with connections[using].cursor() as cursor:
            cursor.execute(state["sql"], params)
            row = cursor.fetchone()
        model = state["model"]
        if row is None:
            raise model.DoesNotExist(f"No {model._meta.object_name} matches {value!r}.")
        if state["converters"]:
            row = next(iter(state["compiler"].apply_converters([row], state["converters"])))
        start, end = state["span"]
        obj = model.from_db(using, state["init_list"], row[start:end])
        for populator in state["populators"]:
            populator.populate(row, obj)
        return obj

    def reset(self) -> None:
        self._states().clear()


def _adapter(connection, sentinel: Any) -> Callable[[Any], Any]:
    """How Django passes a value of the sentinel's kind to this database."""
    if isinstance(sentinel, datetime):
        return connection.ops.adapt_datetimefield_value
    return lambda value: value


class PreparedRows:
    """The rows of a `values_list()` queryset built by `factory(*sentinels)`,
    compiled once and re-run with new parameter values.

    Rows come as the database driver gives them, without Django's
    converters: that is the point on a list page, where converting every
    datetime of a hundred rows cost more than the query. On SQLite a
    datetime column arrives naive (in UTC), on PostgreSQL aware;
    `as_datetime` makes either aware, for the few values a page shows.
    """

    def __init__(self, factory: Callable[..., Any], sentinels: Sequence[Any] = (DATETIME_SENTINEL,)) -> None:
        self.factory = factory
        self.sentinels = tuple(sentinels)
        self._local = threading.local()

    def _compile(self, using: str) -> dict[str, Any]:
        connection = connections[using]
        queryset = self.factory(*self.sentinels)
        sql, params = queryset.query.get_compiler(using=using).as_sql()
        params = tuple(params)
        adapters, indexes = [], []
        for sentinel in self.sentinels:
            adapt = _adapter(connection, sentinel)
            marker = adapt(sentinel)
            if params.count(marker) != 1:
                raise ValueError("the prepared queryset must use each of its parameters exactly once")
            adapters.append(adapt)
            indexes.append(params.index(marker))
        state = {"sql": sql, "params": params, "adapters": adapters, "indexes": indexes}
        states = getattr(self._local, "states", None)
        if states is None:
            states = self._local.states = {}
        states[using] = state
        return state

    def rows(self, *values: Any, using: str = "default") -> list[tuple[Any, ...]]:
        states = getattr(self._local, "states", None) or {}
        state = states.get(using) or self._compile(using)
        params = list(state["params"])
        for index, adapt, value in zip(state["indexes"], state["adapters"], values, strict=True):
            params[index] = adapt(value)
        with connections[using].cursor() as cursor:
            cursor.execute(state["sql"], params)
            return cursor.fetchall()

    def reset(self) -> None:
        getattr(self._local, "states", {}).clear()


def as_datetime(value: Any) -> datetime | None:
    """A datetime column's raw value (see PreparedRows) as an aware datetime."""
    if value is None or isinstance(value, datetime) and value.tzinfo is not None:
        return value
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC)
