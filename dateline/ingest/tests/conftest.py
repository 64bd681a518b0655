"""Fixtures for the wire ingest tests: sample files and a local HTTP server."""

import functools
import http.server
import shutil
import threading
from pathlib import Path

import pytest

SAMPLES = Path(__file__).parent / "wire_samples"
REALWIRE = Path(__file__).resolve().parents[3].parent / "shared" / "realwire"


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
