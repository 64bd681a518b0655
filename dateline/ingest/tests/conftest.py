"""Fixtures for the wire ingest tests: sample files and a local HTTP server."""

import functools
import http.server
import ipaddress
import shutil
import threading
import time
from pathlib import Path

import pytest

SAMPLES = Path(__file__).parent / "wire_samples"
REALWIRE = Path(__file__).resolve().parents[3].parent / "shared" / "realwire"


LOCAL_HOSTS = {"localhost"}


@pytest.fixture(autouse=True)
def _no_internet(monkeypatch):
    """Real wire files link their pictures on the internet: no test may
    fetch them. Any host name but localhost fails to resolve, as it would
    offline, and the picture becomes a desk note like any failed fetch."""
    import socket

    from dateline.core import fetch

    real = socket.getaddrinfo

    def local_only(host, *args, **kwargs):
        try:
            ipaddress.ip_address(str(host).split("%")[0])  # an address is no lookup: the policy judges it
        except ValueError:
            if str(host) not in LOCAL_HOSTS:
                raise socket.gaierror(socket.EAI_NONAME, "tests do not reach the internet") from None
        return real(host, *args, **kwargs)

    monkeypatch.setattr(fetch.socket, "getaddrinfo", local_only)


@pytest.fixture
def sample():
    def read(name) -> bytes:
        return (SAMPLES / name).read_bytes()

    return read


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture
def http_feeds(tmp_path):
    """Serve a temporary folder on 127.0.0.1; returns (folder, base URL)."""
    folder = tmp_path / "served"
    folder.mkdir()
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield folder, f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def copy_sample(sample):
    def copy(name, folder, as_name=None):
        target = Path(folder) / (as_name or name)
        shutil.copy(SAMPLES / name, target)
        return target

    return copy


@pytest.fixture
def queued(db, sample):
    """One new item in the Incoming queue."""
    from dateline.ingest.models import IncomingItem
    from dateline.ingest.services import ingest_bytes

    ingest_bytes(sample("agency_ninjs2.json"), source="Example Agency", origin="/wire/a.json")
    return IncomingItem.objects.get()


@pytest.fixture
def realwire(db):
    """The real agency files beside the checkout (skipped when absent); see realwire.py."""
    from .realwire import RealWire

    if not REALWIRE.is_dir():
        pytest.skip(f"../shared is absent: the real wire files in {REALWIRE} are not beside this checkout")
    return RealWire(REALWIRE)


def make_image(width=800, height=600, color=(200, 40, 40), fmt="JPEG") -> bytes:
    """A real picture made with Pillow; a different colour gives different bytes."""
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (width, height), color).save(buffer, fmt)
    return buffer.getvalue()


@pytest.fixture
def image():
    return make_image


@pytest.fixture
def picture_server(local_http, settings, tmp_path):
    """A partner's picture server on 127.0.0.1: `files` maps a path to
    (content type, bytes), `requests` lists the paths asked for. Photos are
    stored under a temporary MEDIA_ROOT."""
    settings.MEDIA_ROOT = str(tmp_path / "media")
    files: dict[str, tuple[str, bytes, float]] = {}

    def answer(handler):
        found = files.get(handler.path)
        if found is None:
            handler.send_response(404)
            handler.send_header("Content-Length", "0")
            handler.end_headers()
            return
        kind, body, delay = found
        time.sleep(delay)
        handler.send_response(200)
        handler.send_header("Content-Type", kind)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    base, seen = local_http(answer)

    class Server:
        url = base
        requests = seen

        def serve(self, path, body, kind="image/jpeg", delay=0.0):
            files[path] = (kind, body, delay)
            return base + path

        def asked(self, path):
            return sum(1 for p, _ in seen if p == path)

    return Server()


@pytest.fixture
def wire_server(picture_server, monkeypatch):
    """The picture servers real wire files name (on the internet), played by
    the local picture server: `wire_server.serve(url, body)` answers that
    address's path and query there. The lookup of its host gives 127.0.0.1
    and the connection goes to the local server's port; everything else of
    the fetch (address policy, deadline, byte cap) runs as in production.
    Other hosts still fail to resolve (no test reaches the internet)."""
    from urllib.parse import urlsplit

    from dateline.core import fetch

    hosts: set[str] = set()
    lookup, connect = fetch.socket.getaddrinfo, fetch._connection
    port = urlsplit(picture_server.url).port

    def local_lookup(host, *args, **kwargs):
        return lookup("127.0.0.1" if host in hosts else host, *args, **kwargs)

    def local_connection(scheme, host, to_port, address, timeout):
        if host in hosts:
            return connect("http", host, port, address, timeout)
        return connect(scheme, host, to_port, address, timeout)

    monkeypatch.setattr(fetch.socket, "getaddrinfo", local_lookup)
    monkeypatch.setattr(fetch, "_connection", local_connection)

    class WireServer:
        def serve(self, url, body, kind="image/jpeg"):
            parts = urlsplit(url)
            hosts.add(parts.hostname)
            picture_server.serve(parts.path + (f"?{parts.query}" if parts.query else ""), body, kind)
            return url

        def asked(self, url):
            parts = urlsplit(url)
            return picture_server.asked(parts.path + (f"?{parts.query}" if parts.query else ""))

        @property
        def requests(self):
            return picture_server.requests

    return WireServer()
