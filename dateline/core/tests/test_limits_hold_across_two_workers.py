"""The documented one-machine setup, granian with 2 workers and no Redis: the
subscriber API's limit for requests without a key (30 a minute per address)
holds exactly across both workers, because they count in one SQLite file."""

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

BIN = Path(sys.executable).parent
REQUESTS = 80


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def status_of(url):
    try:
        with urllib.request.urlopen(url, timeout=20) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


@pytest.fixture
def two_workers(tmp_path):
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_SETTINGS", "DATELINE_", "REDIS_"))}
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "dateline.settings",
            "DATELINE_DATA_DIR": str(tmp_path),
            "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
            "LOG_LEVEL": "ERROR",
        }
    )
    server = subprocess.Popen(
        [
            str(BIN / "granian"),
            "--interface",
            "wsgi",
            "--workers",
            "2",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "dateline.wsgi:application",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                if status_of(base + "/robots.txt") == 200:
                    break
            except OSError:
                time.sleep(0.2)
        else:
            pytest.fail("granian did not come up")
        yield base
    finally:
        server.terminate()
        server.wait(20)


def test_the_keyless_api_limit_holds_across_two_workers(two_workers):
    # Spread over a minute boundary, two windows could each allow 30: start
    # with at least 15 seconds of this minute left (the requests take 1-3).
    left = 60 - time.time() % 60
    if left < 15:
        time.sleep(left + 0.5)
    started = time.time()
    with ThreadPoolExecutor(8) as pool:  # parallel, so both workers take requests
        codes = list(pool.map(status_of, [two_workers + "/api/v1/feed"] * REQUESTS))
    assert started // 60 == time.time() // 60, "the requests took too long: they crossed into the next minute"
    assert (codes.count(401), codes.count(429)) == (30, REQUESTS - 30), codes
