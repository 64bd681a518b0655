"""`dateline ingest FILE|URL...`, `dateline addfeed` and `dateline poll-feeds`,
with feeds served from a local HTTP server on 127.0.0.1."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from dateline.ingest.models import Feed, IncomingItem, IngestRejection
from dateline.stories.models import Story

SAMPLES = "dateline/ingest/tests/wire_samples/"


def run(*args):
    out, err = StringIO(), StringIO()
    call_command(*args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


@pytest.mark.django_db
def test_ingest_files_and_a_url(http_feeds, copy_sample):
    folder, base = http_feeds
    copy_sample("agency_atom.xml", folder)
    out, _ = run(
        "ingest",
        SAMPLES + "agency_ninjs3.json",
        SAMPLES + "anpa_writethru.txt",
        f"{base}/agency_atom.xml",
        "--source",
        "Example",
    )
    assert out.count("1 new") == 2 and "2 new" in out
    assert IncomingItem.objects.filter(source="Example").count() == 4
    assert not Story.objects.exists(), "ingested items are not published"


@pytest.mark.django_db
def test_ingest_reports_rejections_and_fails_when_nothing_was_taken(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_bytes(b'{"uri": ')
    with pytest.raises(CommandError, match="nothing taken in: 2 rejected"):
        run("ingest", str(bad), str(tmp_path / "missing.json"))
    reasons = sorted(IngestRejection.objects.values_list("reason", flat=True))
    assert reasons[0].startswith("malformed JSON") and reasons[1] == "no such file"


@pytest.mark.django_db
def test_ingest_refuses_other_url_schemes(db):
    with pytest.raises(CommandError):
        run("ingest", "ftp://127.0.0.1/feed.xml")
    assert "only local paths and http(s) URLs" in IngestRejection.objects.get().reason


@pytest.mark.django_db
def test_poll_feeds_is_idempotent_and_uses_conditional_get(http_feeds, copy_sample):
    folder, base = http_feeds
    copy_sample("agency_rss.xml", folder)
    run("addfeed", "Example RSS", f"{base}/agency_rss.xml")
    run("addfeed", "Local ninjs", SAMPLES + "agency_ninjs2.json", "--format", "ninjs2")
    out, _ = run("poll-feeds")
    assert "Example RSS: 2 new" in out and "Local ninjs: 1 new" in out
    feed = Feed.objects.get(name="Example RSS")
    assert feed.last_modified and feed.last_polled_at
    again, _ = run("poll-feeds")
    assert "Example RSS: 0 new, 0 updated, 0 unchanged" in again  # answered 304
    assert "Local ninjs: 0 new, 0 updated, 1 unchanged" in again
    assert IncomingItem.objects.count() == 3


@pytest.mark.django_db
def test_poll_feeds_dry_run_changes_nothing(http_feeds, copy_sample):
    folder, base = http_feeds
    copy_sample("agency_rss.xml", folder)
    run("addfeed", "Example RSS", f"{base}/agency_rss.xml")
    out, _ = run("poll-feeds", "--dry-run")
    assert f"would poll Example RSS: {base}/agency_rss.xml" in out
    assert IncomingItem.objects.count() == 0 and Feed.objects.get().last_polled_at is None


@pytest.mark.django_db
def test_unreachable_feed_is_a_recorded_rejection(http_feeds):
    _, base = http_feeds
    run("addfeed", "Gone", f"{base}/missing.xml")
    _, err = run("poll-feeds")
    assert "the server answered 404" in err
    assert IngestRejection.objects.get().feed.name == "Gone"


@pytest.mark.django_db
def test_auto_publish_feed_publishes_and_updates_its_story(tmp_path, sample):
    path = tmp_path / "wire.json"
    path.write_bytes(sample("agency_ninjs2.json"))
    run("addfeed", "Partner", str(path), "--auto-publish", "--section", "economy")
    run("poll-feeds")
    item = IncomingItem.objects.get()
    story = item.story
    assert item.status == "published" and story.status == Story.Status.PUBLISHED
    assert story.section.slug == "north-korea"  # the item named a section Dateline has
    assert story.live.headline == "Seoul and Washington discuss peace declaration"
    path.write_bytes(
        sample("agency_ninjs2.json")
        .replace(b'"version": "2"', b'"version": "3"')
        .replace(b"discuss peace", b"sign peace")
    )
    run("poll-feeds")
    story.refresh_from_db()
    assert story.versions.count() == 2 and story.live.headline == "Seoul and Washington sign peace declaration"
    assert Story.objects.count() == 1


@pytest.mark.django_db
def test_addfeed_refuses_duplicates_and_unknown_sections():
    run("addfeed", "Partner", "/srv/wire/partner.json")
    with pytest.raises(CommandError, match="already exists"):
        run("addfeed", "Partner", "/srv/other.json")
    with pytest.raises(CommandError, match="No section"):
        run("addfeed", "Other", "/srv/other.json", "--section", "nowhere")


@pytest.mark.django_db
def test_poll_feeds_refuses_an_unknown_feed_and_a_looping_dry_run():
    with pytest.raises(CommandError, match="No feed named 'Nowhere'"):
        run("poll-feeds", "--feed", "Nowhere")
    with pytest.raises(CommandError, match="--every"):
        run("poll-feeds", "--every", "5", "--dry-run")


@pytest.mark.django_db
def test_redirects_to_other_schemes_are_refused(http_feeds):
    import http.server
    import threading

    class Redirect(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(302)
            self.send_header("Location", "ftp://127.0.0.1/feed.xml")
            self.end_headers()

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Redirect)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with pytest.raises(CommandError):
            run("ingest", f"http://127.0.0.1:{server.server_address[1]}/feed.xml")
    finally:
        server.shutdown()
        server.server_close()
    assert "refused a redirect to 'ftp://127.0.0.1/feed.xml'" in IngestRejection.objects.get().reason
