"""Security headers: a Content-Security-Policy without inline script or
style on every page (and templates that need none), HSTS in production
behind TLS, and `Cache-Control: private, no-store` on every page a signed-in
member of staff is shown."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from . import urlwalk

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[3]


def policy(response):
    header = response["Content-Security-Policy"]
    return {d.split()[0]: d.split()[1:] for d in (p.strip() for p in header.split(";")) if d}


@pytest.mark.parametrize("path", ["/", "/newsroom/login/", "/search/?q=x", "/archive/"])
def test_pages_carry_a_strict_policy(client, path):
    directives = policy(client.get(path))
    assert directives["script-src"] == ["'self'"] and directives["style-src"] == ["'self'"]
    assert directives["object-src"] == ["'none'"] and directives["base-uri"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'self'"] and directives["form-action"] == ["'self'"]
    assert not any("unsafe" in value for values in directives.values() for value in values)


def test_the_article_page_carries_it_too(client, make_story):
    assert "'self'" in policy(client.get(make_story().get_absolute_url()))["script-src"]


INLINE_SCRIPT = re.compile(r"<script\b(?![^>]*\bsrc=)(?![^>]*type=\"application/(?:ld\+)?json\")[^>]*>", re.I)
INLINE_STYLE = re.compile(r"<style\b|\sstyle=", re.I)
HANDLER = re.compile(r"\son[a-z]+\s*=", re.I)


def test_no_template_needs_inline_script_or_style():
    templates = [p for p in ROOT.glob("dateline/*/jinja2/**/*.html")]
    assert len(templates) > 20
    found = [
        f"{p.relative_to(ROOT)}: {rx.pattern}"
        for p in templates
        for rx in (INLINE_SCRIPT, INLINE_STYLE, HANDLER)
        if rx.search(p.read_text(encoding="utf-8"))
    ]
    assert found == []


def production(**env):
    full = {k: v for k, v in os.environ.items() if not k.startswith(("SECURE_", "DATELINE_TLS"))}
    full.update({"SECRET_KEY": "k" * 50, "DEBUG": "0", **env})
    code = (
        "import dateline.settings.production as s;"
        "print(s.SECURE_HSTS_SECONDS, s.SESSION_COOKIE_SECURE, s.SECURE_HSTS_INCLUDE_SUBDOMAINS)"
    )
    return subprocess.run([sys.executable, "-c", code], env=full, capture_output=True, text=True)


def test_production_behind_tls_sends_hsts_for_a_year():
    assert production().stdout.split() == ["31536000", "True", "False"]
    assert production(SECURE_HSTS_INCLUDE_SUBDOMAINS="1").stdout.split() == ["31536000", "True", "True"]


def test_production_on_plain_http_sends_no_hsts():
    assert production(DATELINE_TLS="0").stdout.split() == ["0", "False", "False"]
    refused = production(DATELINE_TLS="0", SECURE_HSTS_SECONDS="600")
    assert refused.returncode != 0 and "DATELINE_TLS is off" in refused.stderr


def test_hsts_header_over_https(client, settings):
    settings.SECURE_HSTS_SECONDS = 31_536_000
    assert client.get("/", secure=True)["Strict-Transport-Security"] == "max-age=31536000"


def test_every_page_shown_to_staff_is_private_and_unstored(world):
    staff, known = world
    checked = 0
    for route, entry in urlwalk.routes():
        response = staff.get(urlwalk.fill(route, entry, known))
        if response.status_code >= 500:
            continue  # not this test's subject (see test_no_url_answers_500)
        directives = {d.strip() for d in response.get("Cache-Control", "").split(",")}
        assert {"private", "no-store"} <= directives and "public" not in directives, (route, directives)
        checked += 1
    assert checked > 40


def test_readers_pages_stay_publicly_cacheable(client, make_story):
    response = client.get("/rss.xml")
    assert "public" in response["Cache-Control"] and "Cookie" not in response.get("Vary", "")
