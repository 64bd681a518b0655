"""A stand-in cache on 127.0.0.1 that records the purges it is sent."""

import shutil
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest


class Recorder:
    def __init__(self):
        self.requests = []
        self.status = 200

    def keys(self):
        """Every key purged so far (Varnish's xkey-purge header)."""
        return [key for method, path, headers, body in self.requests for key in headers.get("xkey-purge", "").split()]


@pytest.fixture
def purge_server():
    recorder = Recorder()

    class Handler(BaseHTTPRequestHandler):
        def _record(self):
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            headers = {name.lower(): value for name, value in self.headers.items()}
            recorder.requests.append((self.command, self.path, headers, body))
            self.send_response(recorder.status)
            self.send_header("Content-Length", "0")
            self.end_headers()

        do_PURGE = do_POST = do_GET = _record

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    recorder.url = f"http://127.0.0.1:{server.server_address[1]}"
    yield recorder
    server.shutdown()
    server.server_close()


@pytest.fixture
def varnish(settings, purge_server):
    """Dateline configured to purge the stand-in as it would Varnish."""
    settings.DATELINE_PURGERS = [f"varnish:{purge_server.url}"]
    return purge_server


@pytest.fixture
def actor(django_user_model):
    from dateline.newsroom.staff import create_staff
    from dateline.stories.actions import Actor

    return Actor(create_staff("eddie", "editor", "correct horse battery staple", name="Eddie", validate=False))


VARNISHD = shutil.which("varnishd") or "/usr/sbin/varnishd"
VCL = Path(__file__).resolve().parents[3] / "deploy" / "varnish" / "dateline.vcl"


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def varnish_front(live_server, tmp_path, settings):
    """The shipped VCL in a real varnishd in front of the live test server,
    with Dateline purging it as production does (in the background)."""
    if not Path(VARNISHD).exists():
        pytest.skip("varnishd is not installed (make test installs Debian's varnish and varnish-modules)")
    backend = urllib.parse.urlsplit(live_server.url)
    shutil.copy(VCL, tmp_path / "dateline.vcl")
    (tmp_path / "dateline-backends.vcl").write_text(
        f'backend app1 {{ .host = "{backend.hostname}"; .port = "{backend.port}"; }}\n'
        "sub dateline_backends { apps.add_backend(app1); }\n"
    )
    port = _free_port()
    process = subprocess.Popen(
        [
            VARNISHD,
            "-F",
            "-j",
            "none",
            "-n",
            str(tmp_path / "work"),
            "-a",
            f"127.0.0.1:{port}",
            "-T",
            "127.0.0.1:0",
            "-p",
            f"vcl_path={tmp_path}",
            "-f",
            str(tmp_path / "dateline.vcl"),
            "-s",
            "malloc,64m",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            urllib.request.urlopen(url + "/robots.txt", timeout=2).read()
            break
        except (urllib.error.URLError, OSError):
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail(f"varnishd did not start: {process.stderr.read().decode()[-2000:]}")
            time.sleep(0.1)
    settings.DATELINE_PURGERS = [f"varnish:{url}"]
    settings.DATELINE_PURGE_IN_BACKGROUND = True
    yield url
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
