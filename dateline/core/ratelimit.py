"""Rate limits for public POSTs and other costly requests.

Fixed-window counters: each (scope, key, window) counts hits in the current
window in the shared counter store (`dateline.core.counters`: a SQLite file
shared by the workers of one machine, or Redis with REDIS_URL), with atomic
increments, so a limit holds exactly across processes and machines. A
site-wide ceiling counts every client together, so a flood from many
addresses is still capped.

    from dateline.core.ratelimit import Rate, check_rate, rate_limited

    decision = check_rate("feedback", client_key, [Rate.parse("5/m")], ceiling=[Rate.parse("600/m")])
    if not decision.allowed: ...

    @rate_limited("comments", "5/m,50/d", ceiling="600/m")
    def post_comment(request): ...

The client's address comes from `dateline.core.clients.client_ip`, which
honours DATELINE_TRUSTED_PROXIES.
"""

import functools
import hashlib
import logging
import math
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.http import HttpRequest, HttpResponse

from . import counters
from .clients import client_ip

__all__ = ["Decision", "Rate", "check_rate", "client_ip", "parse_rates", "rate_limited", "too_many_requests"]

log = logging.getLogger(__name__)

UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


@dataclass(frozen=True)
class Rate:
    """`limit` hits per `window` seconds."""

    limit: int
    window: int

    @classmethod
    def parse(cls, text: object) -> "Rate":
        """ "5/m", "50/d", "100/10m" (a number before the unit multiplies it)."""
        try:
            count, per = str(text).strip().split("/")
            per = per.strip().lower()
            unit = UNITS[per[-1]]
            multiple = int(per[:-1]) if per[:-1] else 1
            rate = cls(int(count), unit * multiple)
        except (ValueError, KeyError, IndexError):
            raise ValueError(f"not a rate: {text!r} (write e.g. 5/m, 50/d, 100/10m)") from None
        if rate.limit < 0 or rate.window <= 0:
            raise ValueError(f"not a rate: {text!r}")
        return rate

    def __str__(self) -> str:
        return f"{self.limit}/{self.window}s"


# What a rate setting may be: "5/m,50/d", a Rate, or a list of either.
Rates = str | Rate | Iterable[str | Rate] | None


def parse_rates(value: Rates) -> list[Rate]:
    """A list of Rates from "5/m,50/d", a list of strings, or Rates."""
    if value is None or value == "":
        return []
    if isinstance(value, Rate):
        return [value]
    if isinstance(value, str):
        value = [part for part in value.split(",") if part.strip()]
    return [item if isinstance(item, Rate) else Rate.parse(item) for item in value]


@dataclass(frozen=True)
class Decision:
    allowed: bool
    retry_after: int = 0  # seconds until the window that refused resets
    scope: str = ""  # "client" or "site": which limit refused


def _count(store, key, window, now):
    count, ends = store.hit(f"ratelimit:{key}", window, now)
    return count, max(1, math.ceil(ends - now))


def check_rate(scope: str, key: object, rates: Rates, *, ceiling: Rates = (), now: float | None = None) -> Decision:
    """Count one hit for `key` in `scope` and say whether it is allowed.

    Per-key limits are checked first, so one client over its limit does not
    use up the site-wide ceiling that everyone else shares. If the counter
    store cannot be written (a read-only data directory, Redis down) the hit
    is allowed and logged: readers keep reading rather than get errors.
    """
    store = counters.store()
    now = time.time() if now is None else now
    digest = hashlib.sha256(str(key).encode()).hexdigest()[:32]
    try:
        for rate in parse_rates(rates):
            count, reset = _count(store, f"{scope}:k:{digest}", rate.window, now)
            if count > rate.limit:
                return Decision(False, reset, "client")
        for rate in parse_rates(ceiling):
            count, reset = _count(store, f"{scope}:site", rate.window, now)
            if count > rate.limit:
                return Decision(False, reset, "site")
    except counters.CounterStoreError as error:
        log.warning("rate limit %s not checked: %s", scope, error)
    return Decision(True)


def too_many_requests(request: HttpRequest, decision: Decision) -> HttpResponse:
    response = HttpResponse(
        "Too many requests. Please wait a little and try again.\n",
        status=429,
        content_type="text/plain; charset=utf-8",
    )
    response["Retry-After"] = str(decision.retry_after)
    return response


def rate_limited(
    scope: str,
    rates: Rates | Callable[[], Rates],
    *,
    ceiling: Rates | Callable[[], Rates] = (),
    key: Callable[[HttpRequest], object] | None = None,
    methods: tuple[str, ...] = ("POST",),
    on_limited: Callable[[HttpRequest, Decision], HttpResponse] = too_many_requests,
) -> Callable[[Callable[..., HttpResponse]], Callable[..., HttpResponse]]:
    """Decorate a view so `methods` requests are counted per client and site-wide.

    `rates`/`ceiling` may be strings ("5/m,50/d") or callables returning them,
    so settings are read per request. `key(request)` defaults to the client's
    address; `on_limited(request, decision)` builds the refusal (429).
    """

    def resolve(value: Rates | Callable[[], Rates]) -> Rates:
        return value() if callable(value) else value

    def decorator(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        @functools.wraps(view)
        def wrapped(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
            if request.method in methods:
                who = key(request) if key else client_ip(request)
                decision = check_rate(scope, who, resolve(rates), ceiling=resolve(ceiling))
                if not decision.allowed:
                    return on_limited(request, decision)
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
