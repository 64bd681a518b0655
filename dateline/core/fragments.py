"""Rendered page fragments kept in process memory, keyed by what they show.

A fragment's key is the complete data it is rendered from (for a story card:
the card itself, every field of it), so a fragment can never be stale: when
a story is corrected, killed or renamed, its row differs, the key differs,
and the new fragment is rendered. Nothing has to be invalidated, in this
process or any other, and a purge of the cache in front never races with
this one. Unused fragments age out: when the memory is full, the older half
is dropped.

Process memory rather than Django's cache: a fragment is a few hundred
bytes that took about 20 µs to render, less than one round trip to Redis
and less than unpickling it from the local-memory cache.
"""

from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

V = TypeVar("V")


class FragmentCache(Generic[V]):
    def __init__(self, render: Callable[..., V], size: int = 4096) -> None:
        self.render = render
        self.size = size
        self._items: dict[Hashable, V] = {}

    def get(self, key: Hashable, *args: object) -> V:
        """The fragment for `key`, rendered by `render(*args)` the first time."""
        try:
            return self._items[key]
        except KeyError:
            pass
        value = self.render(*args)
        if len(self._items) >= self.size:
            # Dicts keep insertion order: the first half are the oldest.
            for old in list(self._items)[: self.size // 2]:
                del self._items[old]
        self._items[key] = value
        return value

    def clear(self) -> None:
        self._items.clear()

    def __len__(self) -> int:
        return len(self._items)


def frozen(value: object) -> Hashable:
    """A hashable key made of `value` (dicts, lists and tuples of plain
    values, nested): the key of a fragment rendered from exactly that data."""
    if isinstance(value, dict):
        return tuple(sorted((key, frozen(item)) for key, item in value.items()))
    if isinstance(value, list | tuple):
        return tuple(frozen(item) for item in value)
    if isinstance(value, set | frozenset):
        return frozenset(frozen(item) for item in value)
    hash(value)  # anything else must be hashable already: refuse it here if not
    return value
