"""`make demo PORT=...` serves the site on that port, and the absolute links
it writes (OG/Twitter images, JSON-LD, feeds, the wire) name that port too,
unless DATELINE_SITE_URL says otherwise."""

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="needs make")


def site_url_served(environ: dict, *make_args: str) -> tuple[str, str]:
    """The address runserver is given and the DATELINE_SITE_URL it runs with."""
    # -n prints the commands without running them; -W keeps the install step out.
    out = subprocess.run(
        ["make", "-n", "-W", ".venv/.installed", "demo", *make_args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env=environ,
    ).stdout
    line = next(line for line in out.splitlines() if " runserver " in line)
    before, after = line.split(" runserver ", 1)
    # Run the line's own environment with printenv in place of the server.
    program = before.rsplit(" ", 1)[0] if " " in before else ""
    shown = subprocess.run(
        ["sh", "-c", f"{program} printenv DATELINE_SITE_URL"], capture_output=True, text=True, env=environ
    ).stdout.strip()
    return after.split()[0], shown


def test_the_demo_links_to_the_port_it_serves():
    environ = {k: v for k, v in os.environ.items() if k != "DATELINE_SITE_URL"}
    address, site_url = site_url_served(environ, "PORT=8732", "HOST=127.0.0.1")
    assert address == "127.0.0.1:8732"
    assert site_url == "http://127.0.0.1:8732"


def test_a_site_url_given_by_the_environment_wins():
    environ = {**os.environ, "DATELINE_SITE_URL": "https://news.example.org"}
    _, site_url = site_url_served(environ, "PORT=8732")
    assert site_url == "https://news.example.org"
