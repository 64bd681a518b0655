"""Sign-in protection: slow down password guessing without letting anyone
lock the newsroom out.

Every try is counted before its password is checked, with atomic increments
in the shared counter store (`dateline.core.counters`), so parallel tries
cannot slip past a limit together: a try over a limit is refused and its
count given back, so the counts are exactly the passwords checked. Failures
are counted in fixed windows of NEWSROOM_LOGIN_LOCKOUT seconds, under
several keys at once:

- pair: this account from this address. After `slow_after` failures each
  further try waits 2, 4, 8 … seconds; after `lock_after` the pair is refused
  until the window ends. Only people at the guesser's address, typing this
  account's name, are affected.
- device: this account from a browser that signed in to it before (a signed
  cookie set at each successful sign-in). A known device is counted on its
  own and nothing else applies to it, so no one elsewhere can lock its owner out.
- address: every account from this address (spraying many accounts).
- account: this account from every address (guessing from changing
  addresses). When it refuses, only new devices at new addresses are held
  back: an address that signed in to the account before (in the audit log)
  passes it, as it passes the address rule.

A correct password resets the pair's (or device's) count and gives back the
try's count under the other keys.
"""

import hashlib
import logging
import secrets
import time
from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from dateline.core import counters
from dateline.core.clients import client_ip
from dateline.core.ratelimit import check_rate

from .models import AuditLog

log = logging.getLogger(__name__)

# (slow after, lock after) failures per window; settings.NEWSROOM_LOGIN_RULES overrides.
DEFAULT_RULES = {"pair": (3, 10), "device": (3, 10), "address": (10, 30), "account": (5, 20)}
DEFAULT_WINDOW = 15 * 60
LONGEST_WAIT = 5 * 60
# Every sign-in POST without a known device, per address: bounds the work
# (and audit rows) that refused tries cost.
REQUEST_RATE = "30/m"
DEVICE_COOKIE = "dateline_device"
DEVICE_SALT = "dateline.newsroom.signin.device"
DEVICES_PER_BROWSER = 5


def _digest(value):
    return hashlib.sha256(value.encode()).hexdigest()[:32]


def account_key(username):
    """Names differing only in case or surrounding space share one account count."""
    return _digest((username or "").strip().lower())


def window():
    return int(getattr(settings, "NEWSROOM_LOGIN_LOCKOUT", DEFAULT_WINDOW))


def known_for():
    return timedelta(days=int(getattr(settings, "NEWSROOM_LOGIN_KNOWN_DAYS", 90)))


@dataclass(frozen=True)
class Rule:
    name: str
    slow_after: int
    lock_after: int

    @classmethod
    def named(cls, name):
        slow, lock = {**DEFAULT_RULES, **getattr(settings, "NEWSROOM_LOGIN_RULES", {})}[name]
        return cls(name, int(slow), int(lock))

    def delay(self, failures):
        """Seconds to wait after the `failures`th failure (0 below slow_after)."""
        if failures < self.slow_after:
            return 0
        return min(2 ** (failures - self.slow_after + 1), LONGEST_WAIT, window())


MESSAGES = {
    "pair": "Too many failed sign-ins for this account from here. Try again in {when}.",
    "device": "Too many failed sign-ins for this account from this browser. Try again in {when}.",
    "address": "Too many failed sign-ins from this address. Try again in {when}.",
    "account": (
        "This account has had many failed sign-ins from elsewhere, so sign-ins from new browsers at new "
        "addresses are paused: try again in {when}. A browser or address that has signed in to it before "
        "can still sign in."
    ),
    "requests": "Too many sign-in attempts from this address. Wait {seconds} seconds before trying again.",
    "unavailable": "Signing in is unavailable for a moment. Please try again in a minute.",
}


@dataclass
class Refusal:
    """A try refused before its password was checked."""

    rule: str
    retry_after: int
    locked: bool = False
    status: int = 429

    @property
    def message(self):
        if not self.locked and self.rule in ("pair", "device", "address"):
            return f"Too many failed sign-ins. Wait {self.retry_after} seconds before trying again."
        minutes = max(1, -(-self.retry_after // 60))
        when = (
            f"{self.retry_after} seconds" if self.retry_after < 90 else f"{minutes} minute{'s' if minutes != 1 else ''}"
        )
        return MESSAGES[self.rule].format(when=when, seconds=self.retry_after)


@dataclass
class Attempt:
    """A try whose password may now be checked; say how it went."""

    username: str
    ip: str
    now: float
    taken: list = field(default_factory=list)  # (rule, key, count) counted for this try

    def failed(self):
        store = counters.store()
        try:
            for rule, key, count in self.taken:
                if count >= rule.slow_after:
                    # The next try waits; a gate already held by this try's own claim stays.
                    store.claim(key, self.now + rule.delay(count), self.now)
        except counters.CounterStoreError as error:  # the failure is counted already
            log.warning("sign-in: no wait set after a failure: %s", error)

    def succeeded(self):
        store = counters.store()
        try:
            for rule, key, count in self.taken:
                if rule.name in ("pair", "device"):
                    store.hit(key, window(), self.now, delta=-count)  # forgiven
                    store.release(key)
                else:
                    store.hit(key, window(), self.now, delta=-1)  # this try was no failure
        except counters.CounterStoreError as error:  # the person is signed in all the same
            log.warning("sign-in: counts not given back after a success: %s", error)


def device_for(request, username):
    """This browser's device id for `username`, if it signed in to it before."""
    return _devices(request).get(account_key(username))


def _devices(request):
    value = request.get_signed_cookie(DEVICE_COOKIE, default="", salt=DEVICE_SALT, max_age=known_for().total_seconds())
    pairs = (item.split(":", 1) for item in value.split(",") if ":" in item)
    return {acct: device for acct, device in pairs}


def remember_device(request, response, username):
    """Set (or refresh) the cookie that marks this browser as known for `username`."""
    devices = _devices(request)
    acct = account_key(username)
    device = devices.pop(acct, None) or secrets.token_urlsafe(12)
    kept = list(devices.items())[-(DEVICES_PER_BROWSER - 1) :] + [(acct, device)]
    response.set_signed_cookie(
        DEVICE_COOKIE,
        ",".join(f"{a}:{d}" for a, d in kept),
        salt=DEVICE_SALT,
        max_age=int(known_for().total_seconds()),
        path=settings.LOGIN_URL,
        httponly=True,
        secure=settings.SESSION_COOKIE_SECURE,
        samesite="Lax",
    )


def known_address(username, ip):
    """Did `username` sign in from `ip` within NEWSROOM_LOGIN_KNOWN_DAYS? Asked
    only when the address or account rule would refuse."""
    if not ip:
        return False
    since = timezone.now() - known_for()
    return AuditLog.objects.filter(action="login", username=username, ip=ip, at__gte=since).exists()


def pair_key(username, ip):
    return f"signin:pair:{account_key(username)}:{_digest(ip)}"


def _now():
    return time.time()


def begin(request, username, now=None):
    """Count this try under every key that applies; an Attempt if its password
    may be checked, a Refusal if not (its counts given back)."""
    now = _now() if now is None else now
    ip = client_ip(request)
    acct = account_key(username)
    device = device_for(request, username)
    if device:
        plan = [(Rule.named("device"), f"signin:device:{acct}:{device}", False)]
    else:
        requests = check_rate("newsroom-login", ip, REQUEST_RATE, now=now)
        if not requests.allowed:
            return Refusal("requests", requests.retry_after)
        plan = [
            (Rule.named("pair"), pair_key(username, ip), False),
            (Rule.named("address"), f"signin:address:{_digest(ip)}", True),
            (Rule.named("account"), f"signin:account:{acct}", True),
        ]
    store = counters.store()
    attempt = Attempt(username, ip, now)
    known = None
    try:
        for rule, key, exempt_if_known in plan:
            count, ends = store.hit(key, window(), now)
            refusal = _refusal(store, rule, key, count, ends, now)
            if refusal is None:
                attempt.taken.append((rule, key, count))
                continue
            if exempt_if_known:
                known = known_address(username, ip) if known is None else known
            store.hit(key, window(), now, delta=-1)
            if exempt_if_known and known:
                continue
            for _, taken_key, _ in attempt.taken:
                store.hit(taken_key, window(), now, delta=-1)
            return refusal
    except counters.CounterStoreError:
        # Without counters nothing limits guessing: refuse rather than go unguarded.
        return Refusal("unavailable", 60, status=503)
    return attempt


def _refusal(store, rule, key, count, ends, now):
    if count > rule.lock_after:
        return Refusal(rule.name, max(1, int(ends - now + 0.999)), locked=True)
    if count > rule.slow_after:
        # One try at a time gets through; if it fails, the next waits this long.
        claimed, until = store.claim(key, now + rule.delay(count), now)
        if not claimed:
            return Refusal(rule.name, max(1, int(until - now + 0.999)))
    return None
