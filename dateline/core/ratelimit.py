"""Rate limits for public POSTs, kept in Django's cache.

Fixed-window counters: each (scope, key, window) pair counts hits in the
current window with `cache.add` + `cache.incr`, which are atomic on Redis
(shared by every web server behind a load balancer) and on the local-memory
cache (one process). A site-wide ceiling counts every client together, so a
flood from many addresses is still capped.

    from dateline.core.ratelimit import Rate, check_rate, client_ip, rate_limited

    decision = check_rate("feedback", client_key, [Rate.parse("5/m")], ceiling=[Rate.parse("600/m")])
    if not decision.allowed: ...

    @rate_limited("comments", "5/m,50/d", ceiling="600/m")
    def post_comment(request): ...

Behind a proxy, `client_ip` trusts X-Forwarded-For only as far as
settings.DATELINE_TRUSTED_PROXIES (the number of proxies in front of the
site) says; with the default 0 it uses REMOTE_ADDR, which a client cannot
forge.
"""

import functools
import hashlib
import math
import os
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse

UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


@dataclass(frozen=True)
class Rate:
    """`limit` hits per `window` seconds."""

    limit: int
    window: int

    @classmethod
    def parse(cls, text):
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

    def __str__(self):
        return f"{self.limit}/{self.window}s"


def parse_rates(value):
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
    scope: str = ""       # "client" or "site": which limit refused


def _count(cache, key, window, now):
    bucket = int(now // window)
    cache_key = f"ratelimit:{key}:{window}:{bucket}"
    # add() only creates the counter if it is absent, so concurrent first
    # hits cannot reset each other; the slack outlives clock skew between hosts.
    cache.add(cache_key, 0, timeout=window + 5)
    try:
        count = cache.incr(cache_key)
    except ValueError:  # expired between add and incr
        cache.add(cache_key, 1, timeout=window + 5)
        count = 1
    reset = (bucket + 1) * window - now
    return count, max(1, math.ceil(reset))


def check_rate(scope, key, rates, *, ceiling=(), now=None, cache_alias="default"):
    """Count one hit for `key` in `scope` and say whether it is allowed.

    Per-key limits are checked first, so one client over its limit does not
    use up the site-wide ceiling that everyone else shares.
    """
    cache = caches[cache_alias]
    now = time.time() if now is None else now
    digest = hashlib.sha256(str(key).encode()).hexdigest()[:32]
    for rate in parse_rates(rates):
        count, reset = _count(cache, f"{scope}:k:{digest}", rate.window, now)
        if count > rate.limit:
            return Decision(False, reset, "client")
    for rate in parse_rates(ceiling):
        count, reset = _count(cache, f"{scope}:site", rate.window, now)
        if count > rate.limit:
            return Decision(False, reset, "site")
    return Decision(True)


def trusted_proxies():
    value = getattr(settings, "DATELINE_TRUSTED_PROXIES", None)
    if value is None:
        value = os.environ.get("DATELINE_TRUSTED_PROXIES") or 0
    return int(value)


def client_ip(request):
    """The client's address: REMOTE_ADDR, or with N trusted proxies in front,
    the address the outermost trusted proxy saw (the Nth from the right in
    X-Forwarded-For), since everything left of it is the client's to forge."""
    remote = request.META.get("REMOTE_ADDR", "") or "unknown"
    proxies = trusted_proxies()
    if proxies <= 0:
        return remote
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    if len(forwarded) >= proxies:
        return forwarded[-proxies]
    return forwarded[0] if forwarded else remote


def too_many_requests(request, decision):
    response = HttpResponse(
        "Too many requests. Please wait a little and try again.\n",
        status=429, content_type="text/plain; charset=utf-8",
    )
    response["Retry-After"] = str(decision.retry_after)
    return response


def rate_limited(scope, rates, *, ceiling=(), key=None, methods=("POST",), on_limited=too_many_requests):
    """Decorate a view so `methods` requests are counted per client and site-wide.

    `rates`/`ceiling` may be strings ("5/m,50/d") or callables returning them,
    so settings are read per request. `key(request)` defaults to the client's
    address; `on_limited(request, decision)` builds the refusal (429).
    """

    def resolve(value):
        return value() if callable(value) else value

    def decorator(view):
        @functools.wraps(view)
        def wrapped(request, *args, **kwargs):
            if request.method in methods:
                who = key(request) if key else client_ip(request)
                decision = check_rate(scope, who, resolve(rates), ceiling=resolve(ceiling))
                if not decision.allowed:
                    return on_limited(request, decision)
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
