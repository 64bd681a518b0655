"""Fetching a URL from a partner on the internet, and nothing else.

Every server-side fetch (wire feeds today, photos later) goes through
`fetch_url()`, which

- refuses addresses a partner has no business making us reach: loopback,
  private, link-local (cloud metadata), CGNAT, multicast, reserved and
  unspecified ones, unless `DATELINE_FETCH_ALLOW_NETWORKS` lists them;
- resolves the host once, checks *every* address it resolves to, and then
  connects to the checked address itself (a second lookup could answer
  differently: DNS rebinding), sending the original Host and TLS name;
- follows redirects by hand, checking each hop the same way;
- gives the whole fetch one deadline (connect, headers and body: a partner
  trickling a byte every few seconds is cut off), and caps the body size.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import threading
import time
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from django.conf import settings

SCHEMES = ("http", "https")
REDIRECTS = (301, 302, 303, 307, 308)
MAX_REDIRECTS = 5
# Cloud metadata services, named so the refusal says what was at stake.
METADATA = {ipaddress.ip_address(a) for a in ("169.254.169.254", "169.254.170.2", "100.100.100.200", "fd00:ec2::254")}
CGNAT = ipaddress.ip_network("100.64.0.0/10")
USER_AGENT = "Dateline fetch"


class FetchError(Exception):
    """A fetch that failed or was refused; the message is one line for people."""


class FetchRefused(FetchError):
    """The address policy refused the URL before any connection was made."""


@dataclass
class Response:
    status: int
    body: bytes
    headers: dict = field(default_factory=dict)  # lower-case names
    url: str = ""


def allowed_networks() -> list[ipaddress.IPv4Network | ipaddress.IPv6Network]:
    return [ipaddress.ip_network(n, strict=False) for n in getattr(settings, "DATELINE_FETCH_ALLOW_NETWORKS", ())]


def refusal(address: str | ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    """Why `address` may not be fetched from, or None if it may."""
    ip = ipaddress.ip_address(address)
    allowed = allowed_networks()
    if any(ip in net for net in allowed if net.version == ip.version):
        return None
    if ip.version == 6 and ip.ipv4_mapped is not None:  # ::ffff:127.0.0.1 is 127.0.0.1
        return refusal(ip.ipv4_mapped)
    kinds = [
        (ip in METADATA, "a cloud metadata address"),
        (ip.is_loopback, "a loopback address"),
        (ip.is_link_local, "a link-local address"),
        (ip.version == 4 and ip in CGNAT, "a shared (CGNAT) address"),
        (ip.is_multicast, "a multicast address"),
        (ip.is_unspecified, "an unspecified address"),
        (ip.is_private, "a private address"),
        (ip.is_reserved, "a reserved address"),
        (not ip.is_global, "not a public address"),
    ]
    for hit, kind in kinds:
        if hit:
            return f"{ip} is {kind}"
    return None


def resolve(url: str) -> tuple[str, int, str, str]:
    """(scheme, port, host, checked address) for `url`, or FetchRefused."""
    parts = urlsplit(url)
    if parts.scheme not in SCHEMES:
        raise FetchRefused(f"only http(s) URLs are fetched, not {url!r}")
    host = parts.hostname
    if not host:
        raise FetchRefused(f"no host in {url!r}")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        raise FetchRefused(f"not a valid port in {url!r}") from None
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"{host} could not be resolved: {exc}") from None
    addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
    for address in addresses:
        reason = refusal(address.split("%")[0])
        if reason:
            raise FetchRefused(
                f"refused {host}: {reason} (to allow it, add its network to DATELINE_FETCH_ALLOW_NETWORKS)"
            )
    return parts.scheme, port, host, addresses[0]


def check_url(url: str) -> None:
    """Raise FetchRefused if `url` may not be fetched (for forms and commands
    that take a URL to fetch later)."""
    resolve(url)


class _Pinned:
    """Connect to the address that was checked, not to a new lookup of the host."""

    # Set by _connection; port and timeout come from http.client.HTTPConnection.
    pinned_address: str
    port: int
    timeout: float | None

    def connect(self) -> None:
        sock = socket.create_connection((self.pinned_address, self.port), self.timeout)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.sock = self.wrap(sock)

    def wrap(self, sock: socket.socket) -> socket.socket:
        return sock


class _HTTP(_Pinned, http.client.HTTPConnection):
    pass


class _HTTPS(_Pinned, http.client.HTTPSConnection):
    _context: ssl.SSLContext  # set by HTTPSConnection.__init__, left out of its stubs

    def wrap(self, sock: socket.socket) -> socket.socket:
        return self._context.wrap_socket(sock, server_hostname=self.host)


def _connection(scheme, host, port, address, timeout):
    if scheme == "https":
        conn = _HTTPS(host, port, timeout=timeout, context=ssl.create_default_context())
    else:
        conn = _HTTP(host, port, timeout=timeout)
    conn.pinned_address = address
    return conn


def _abort(conn) -> None:
    """At the deadline: shut the socket so any blocked read returns at once."""
    sock = conn.sock
    if sock is not None:
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass


def fetch_url(
    url: str,
    *,
    max_bytes: int,
    deadline: float | None = None,
    read_timeout: float | None = None,
    headers: dict | None = None,
) -> Response:
    """GET `url` under the address policy, within `deadline` seconds overall
    and `max_bytes` of body. Answers 2xx and 304 are returned; any other is
    a FetchError, as are refusals, timeouts and oversize bodies."""
    deadline = float(deadline or settings.DATELINE_FETCH_DEADLINE)
    read_timeout = read_timeout or getattr(settings, "DATELINE_FETCH_READ_TIMEOUT", 20)
    ends = time.monotonic() + deadline
    for _ in range(MAX_REDIRECTS + 1):
        response = _get_once(url, max_bytes, ends, deadline, read_timeout, headers or {})
        if response.status not in REDIRECTS:
            if 200 <= response.status < 300 or response.status == 304:
                return response
            raise FetchError(
                f"the server answered {response.status} {http.client.responses.get(response.status, '')}".strip()
            )
        location = response.headers.get("location", "")
        if not location:
            raise FetchError(f"the server answered {response.status} without a Location")
        url = urljoin(url, location)
        if urlsplit(url).scheme not in SCHEMES:
            raise FetchRefused(f"refused a redirect to {url!r}: only http(s) URLs are fetched")
    raise FetchError(f"more than {MAX_REDIRECTS} redirects")


def _get_once(url, max_bytes, ends, deadline, read_timeout, headers):
    scheme, port, host, address = resolve(url)
    remaining = ends - time.monotonic()
    if remaining <= 0:
        raise FetchError(f"took longer than {deadline:g} s")
    parts = urlsplit(url)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    conn = _connection(scheme, host, port, address, min(read_timeout, remaining))
    watchdog = threading.Timer(remaining, _abort, args=(conn,))
    watchdog.daemon = True
    watchdog.start()
    try:
        conn.request("GET", target, headers={"User-Agent": USER_AGENT, "Accept-Encoding": "identity", **headers})
        answer = conn.getresponse()
        got = {k.lower(): v for k, v in answer.getheaders()}
        if answer.status in REDIRECTS or answer.status == 304 or not 200 <= answer.status < 300:
            return Response(answer.status, b"", got, url)
        declared = got.get("content-length", "")
        if declared.isdigit() and int(declared) > max_bytes:
            raise FetchError(f"too large: {int(declared):,} bytes (the limit is {max_bytes:,})")
        body = bytearray()
        while True:
            # read1: at most one receive, so the loop sees the deadline and the
            # size after every packet, whatever the server declared.
            chunk = answer.read1(65536)
            if not chunk:
                break
            body += chunk
            if len(body) > max_bytes:
                raise FetchError(f"too large: more than {max_bytes:,} bytes")
            if time.monotonic() > ends:
                raise FetchError(f"took longer than {deadline:g} s")
        if time.monotonic() > ends:  # the watchdog cut the body short
            raise FetchError(f"took longer than {deadline:g} s")
        return Response(answer.status, bytes(body), got, url)
    except FetchError:
        raise
    except (OSError, http.client.HTTPException, ssl.SSLError) as exc:
        if time.monotonic() > ends:
            raise FetchError(f"took longer than {deadline:g} s") from None
        raise FetchError(f"could not be fetched: {exc}") from None
    finally:
        watchdog.cancel()
        conn.close()
