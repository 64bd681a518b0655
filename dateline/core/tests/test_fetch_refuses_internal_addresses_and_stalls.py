"""`dateline.core.fetch`: the address policy on every hop, the address that
was checked is the one connected to, one deadline for the whole fetch, and a
size cap. Partners are local servers: 127.0.0.1 is allowed by the test
settings (DATELINE_FETCH_ALLOW_NETWORKS), 127.0.0.2 stands for an internal
service and stays refused."""

import socket
import time

import pytest

from dateline.core.fetch import FetchError, FetchRefused, check_url, fetch_url, refusal

MB = 1024 * 1024


def answer(body=b"ok", status=200, headers=()):
    def do_get(handler):
        handler.send_response(status)
        for name, value in headers:
            handler.send_header(name, value)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    return do_get


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.2",
        "10.1.2.3",
        "172.16.0.1",
        "192.168.1.1",
        "169.254.169.254",
        "169.254.1.1",
        "100.64.0.1",
        "224.0.0.1",
        "240.0.0.1",
        "0.0.0.0",
        "255.255.255.255",
        "::1",
        "fc00::1",
        "fe80::1",
        "ff02::1",
        "::",
        "::ffff:127.0.0.2",
        "::ffff:10.0.0.1",
        "fd00:ec2::254",
        "192.0.2.1",
        "198.18.0.1",
    ],
)
def test_internal_addresses_are_refused(address):
    assert refusal(address)


@pytest.mark.parametrize("address", ["93.184.216.34", "8.8.8.8", "2606:4700::6810:84e5"])
def test_public_addresses_are_fetched(address):
    assert refusal(address) is None


def test_the_setting_allows_a_network(settings):
    assert refusal("127.0.0.1") is None  # the test settings allow it
    settings.DATELINE_FETCH_ALLOW_NETWORKS = []
    assert "loopback" in refusal("127.0.0.1")
    settings.DATELINE_FETCH_ALLOW_NETWORKS = ["10.0.0.0/8"]
    assert refusal("10.9.9.9") is None and refusal("127.0.0.1")


def test_an_allowed_partner_is_fetched(local_http):
    base, seen = local_http(answer(b"<rss/>", headers=[("ETag", '"1"')]))
    response = fetch_url(f"{base}/feed.xml", max_bytes=MB)
    assert (response.status, response.body, response.headers["etag"]) == (200, b"<rss/>", '"1"')
    assert seen[0][0] == "/feed.xml"


def test_a_refused_address_is_never_connected_to(local_http, settings):
    settings.DATELINE_FETCH_ALLOW_NETWORKS = []
    base, seen = local_http(answer())
    with pytest.raises(FetchRefused, match="127.0.0.1 is a loopback address"):
        fetch_url(f"{base}/", max_bytes=MB)
    with pytest.raises(FetchRefused):
        check_url("http://127.0.0.1:6379/")
    assert seen == []


def test_a_redirect_to_an_internal_address_is_refused(local_http):
    internal, internal_seen = local_http(answer(b'{"secret": 1}'), host="127.0.0.2")
    partner, _ = local_http(answer(b"", status=302, headers=[("Location", f"{internal}/internal.json")]))
    with pytest.raises(FetchRefused, match="127.0.0.2 is a loopback address"):
        fetch_url(f"{partner}/feed.xml", max_bytes=MB)
    assert internal_seen == []


def test_every_resolved_address_is_checked(monkeypatch):
    real = socket.getaddrinfo

    def two_answers(host, port, *args, **kwargs):
        if host == "partner.example":
            return [
                (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", port)),
                (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.0.0.5", port)),
            ]
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", two_answers)
    with pytest.raises(FetchRefused, match="10.0.0.5 is a private address"):
        fetch_url("http://partner.example/feed.xml", max_bytes=MB)


def test_the_checked_address_is_the_one_connected_to(local_http, monkeypatch):
    """DNS rebinding: a second lookup would answer 127.0.0.2; there is none."""
    partner, partner_seen = local_http(answer(b"partner"))
    internal, internal_seen = local_http(answer(b"internal"), host="127.0.0.2")
    port = int(partner.rsplit(":", 1)[1])
    internal_port = int(internal.rsplit(":", 1)[1])
    real, lookups = socket.getaddrinfo, []

    def rebinding(host, port_, *args, **kwargs):
        if host == "partner.example":
            lookups.append(host)
            address = ("127.0.0.1", port) if len(lookups) == 1 else ("127.0.0.2", internal_port)
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", address)]
        return real(host, port_, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    response = fetch_url(f"http://partner.example:{port}/feed.xml", max_bytes=MB)
    assert response.body == b"partner" and internal_seen == []
    assert partner_seen == [("/feed.xml", f"partner.example:{port}")]  # the partner's own Host header


def trickle(headers_first=True):
    def do_get(handler):
        if headers_first:
            handler.send_response(200)
            handler.send_header("Content-Length", "1000")
            handler.end_headers()
            handler.wfile.flush()
            for _ in range(1000):
                handler.wfile.write(b"x")
                handler.wfile.flush()
                time.sleep(0.3)
        else:
            for byte in b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok":
                handler.wfile.write(bytes([byte]))
                handler.wfile.flush()
                time.sleep(0.3)

    return do_get


@pytest.mark.parametrize("headers_first", [True, False], ids=["slow body", "slow headers"])
def test_a_trickling_partner_is_cut_off_at_the_deadline(local_http, headers_first):
    base, _ = local_http(trickle(headers_first))
    started = time.monotonic()
    with pytest.raises(FetchError, match="took longer than 1.5 s"):
        fetch_url(f"{base}/feed.xml", max_bytes=MB, deadline=1.5, read_timeout=1)
    assert time.monotonic() - started < 4


def test_a_declared_oversize_body_is_refused_unread(local_http):
    base, _ = local_http(answer(b"x" * 5000))
    with pytest.raises(FetchError, match="too large: 5,000 bytes"):
        fetch_url(f"{base}/", max_bytes=4000)


def test_an_undeclared_oversize_body_is_cut_at_the_cap(local_http):
    def endless(handler):
        handler.send_response(200)
        handler.send_header("Connection", "close")
        handler.end_headers()
        for _ in range(200):
            handler.wfile.write(b"x" * 65536)

    base, _ = local_http(endless)
    with pytest.raises(FetchError, match="too large: more than 100,000 bytes"):
        fetch_url(f"{base}/", max_bytes=100_000)


def test_too_many_redirects_stop(local_http):
    base, seen = local_http(answer(b"", status=302, headers=[("Location", "/again")]))
    with pytest.raises(FetchError, match="more than 5 redirects"):
        fetch_url(f"{base}/", max_bytes=MB)
    assert len(seen) == 6
