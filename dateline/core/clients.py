"""Who a request comes from: the client's address, behind trusted proxies.

This is the one definition of "the client's address" for rate limits, sign-in
protection, feedback's client hash and the audit log. X-Forwarded-For is
trusted only as far as settings.DATELINE_TRUSTED_PROXIES (the number of
proxies in front of the site) says; with the default 0 it uses REMOTE_ADDR,
which a client cannot forge.
"""

import ipaddress

from django.conf import settings
from django.http import HttpRequest


def trusted_proxies() -> int:
    return int(getattr(settings, "DATELINE_TRUSTED_PROXIES", 0) or 0)


def _address(value):
    """`value` as a normalised IP address, or "" if it is none. Proxies that
    append a port ("203.0.113.7:51234", "[2001:db8::1]:443") are understood."""
    value = (value or "").strip()
    for candidate in (value, value.rsplit(":", 1)[0].strip("[]") if ":" in value else ""):
        try:
            return str(ipaddress.ip_address(candidate))
        except ValueError:
            continue
    return ""


def client_ip(request: HttpRequest | None) -> str:
    """The client's address: REMOTE_ADDR, or with N trusted proxies in front,
    the address the outermost trusted proxy saw (the Nth from the right in
    X-Forwarded-For), since everything left of it is the client's to forge.
    "" when there is no usable address (never an unchecked string: the audit
    log stores it in an address column)."""
    if request is None:
        return ""
    remote = request.META.get("REMOTE_ADDR", "")
    proxies = trusted_proxies()
    if proxies <= 0:
        return _address(remote)
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    if len(forwarded) >= proxies:
        return _address(forwarded[-proxies])
    return _address(forwarded[0] if forwarded else remote)
