"""Slowing down, then locking out, repeated failed sign-ins.

Failures are counted in the cache per username and per client address, so
guessing one account's password from many addresses and many accounts from
one address are both limited. After SLOW_AFTER failures each further try must
wait longer (doubling); after LOCK_AFTER failures the key is locked for
LOCKOUT seconds. A successful sign-in clears the username's count.
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache

SLOW_AFTER = getattr(settings, "NEWSROOM_LOGIN_SLOW_AFTER", 3)
LOCK_AFTER = getattr(settings, "NEWSROOM_LOGIN_LOCK_AFTER", 10)
LOCKOUT = getattr(settings, "NEWSROOM_LOGIN_LOCKOUT", 15 * 60)
WINDOW = LOCKOUT


def _now():
    return time.time()


def _key(kind, value):
    digest = hashlib.sha256(value.strip().lower().encode()).hexdigest()[:32]
    return f"newsroom:login:{kind}:{digest}"


def _keys(username, ip):
    keys = [_key("user", username or "")]
    if ip:
        keys.append(_key("ip", ip))
    return keys


def wait_seconds(username, ip, now=None):
    """Seconds before another try is allowed (0 = go ahead)."""
    now = now or _now()
    wait = 0
    for key in _keys(username, ip):
        state = cache.get(key)
        if not state:
            continue
        failures, last = state
        if failures >= LOCK_AFTER:
            delay = LOCKOUT
        elif failures >= SLOW_AFTER:
            delay = min(2 ** (failures - SLOW_AFTER + 1), LOCKOUT)
        else:
            delay = 0
        wait = max(wait, int(last + delay - now + 0.999))
    return max(wait, 0)


def is_locked(username, ip):
    return any((cache.get(k) or (0, 0))[0] >= LOCK_AFTER for k in _keys(username, ip)) and wait_seconds(username, ip) > 0


def failed(username, ip, now=None):
    now = now or _now()
    for key in _keys(username, ip):
        failures, _ = cache.get(key) or (0, 0)
        cache.set(key, (failures + 1, now), WINDOW)


def succeeded(username):
    cache.delete(_key("user", username or ""))
