"""Cache purgers behind one interface, chosen by `DATELINE_PURGERS`.

    DATELINE_PURGERS=varnish:http://127.0.0.1:6081,nginx:http://127.0.0.1:8080

Each entry is `name:target`; the target means what the purger needs (the
cache's address, a CDN's service or zone id). Add a purger by subclassing
`Purger` and decorating it with `@register("name")`.
"""

from collections.abc import Callable

from django.conf import settings

from .base import PurgeError, Purger

REGISTRY: dict[str, type[Purger]] = {}


def register(name: str) -> Callable[[type[Purger]], type[Purger]]:
    def wrap(cls: type[Purger]) -> type[Purger]:
        cls.name = name
        REGISTRY[name] = cls
        return cls

    return wrap


def configured() -> list[Purger]:
    """The purgers the settings name, in order."""
    purgers = []
    for entry in settings.DATELINE_PURGERS:
        name, _, target = entry.partition(":")
        try:
            cls = REGISTRY[name.strip()]
        except KeyError:
            known = ", ".join(sorted(REGISTRY))
            raise PurgeError(f"unknown purger {name!r} in DATELINE_PURGERS; known: {known}") from None
        purgers.append(cls(target.strip()))
    return purgers


from . import cloudflare, fastly, nginx, varnish  # noqa: E402,F401  (they register themselves)

__all__ = ["REGISTRY", "PurgeError", "Purger", "configured", "register"]
