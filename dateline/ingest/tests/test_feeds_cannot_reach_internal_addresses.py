"""Partner feeds under the fetch address policy: a redirect into the
internal network stores nothing, addfeed refuses internal addresses, and a
trickling partner does not hold up the other feeds of a poll."""

import time
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from dateline.ingest.models import Feed, IncomingItem, IngestRejection

pytestmark = pytest.mark.django_db


def run(*args):
    out, err = StringIO(), StringIO()
    call_command(*args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def serve(body, status=200, headers=()):
    def do_get(handler):
        handler.send_response(status)
        for name, value in headers:
            handler.send_header(name, value)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    return do_get


def test_a_redirect_to_an_internal_document_stores_nothing(local_http, sample):
    internal, internal_seen = local_http(serve(sample("agency_ninjs2.json")), host="127.0.0.2")
    partner, _ = local_http(serve(b"", 302, [("Location", f"{internal}/internal.json")]))
    run("addfeed", "Partner", f"{partner}/feed.json", "--format", "ninjs2")
    _, err = run("poll-feeds")
    assert "refused 127.0.0.2: 127.0.0.2 is a loopback address" in err
    assert internal_seen == [] and not IncomingItem.objects.exists()
    assert "refused" in IngestRejection.objects.get().reason


@pytest.mark.parametrize(
    "url",
    ["http://127.0.0.2:6379/", "http://[::1]:6379/", "http://169.254.169.254/latest/", "http://10.0.0.8/feed.xml"],
)
def test_addfeed_refuses_internal_addresses_in_one_line(url):
    with pytest.raises(CommandError) as refused:
        run("addfeed", "Internal", url)
    assert "\n" not in str(refused.value) and "refused" in str(refused.value)
    assert not Feed.objects.exists()


def test_addfeed_refuses_loopback_unless_the_setting_allows_it(settings):
    settings.DATELINE_FETCH_ALLOW_NETWORKS = []
    with pytest.raises(CommandError, match="127.0.0.1 is a loopback address"):
        run("addfeed", "Redis", "http://127.0.0.1:6379/")
    settings.DATELINE_FETCH_ALLOW_NETWORKS = ["127.0.0.1/32"]
    run("addfeed", "Local", "http://127.0.0.1:6379/")
    assert Feed.objects.filter(name="Local").exists()


def test_a_trickling_partner_does_not_starve_the_others(local_http, sample, settings):
    settings.DATELINE_FETCH_DEADLINE = 2
    settings.DATELINE_FETCH_READ_TIMEOUT = 1

    def trickle(handler):
        handler.send_response(200)
        handler.send_header("Content-Length", "100000")
        handler.end_headers()
        for _ in range(100_000):
            handler.wfile.write(b" ")
            handler.wfile.flush()
            time.sleep(0.2)

    slow, _ = local_http(trickle)
    good, _ = local_http(serve(sample("agency_rss.xml")))
    run("addfeed", "Slow", f"{slow}/feed.xml")
    run("addfeed", "Good", f"{good}/feed.xml")
    started = time.monotonic()
    out, err = run("poll-feeds")
    assert time.monotonic() - started < 8
    assert "Good: 2 new" in out
    assert "Slow: rejected: took longer than 2 s" in err
