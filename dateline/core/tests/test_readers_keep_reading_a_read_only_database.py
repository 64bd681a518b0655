"""A read-only SQLite database (a read-only data directory, or a read-only
database file) still serves every reader: pages, feeds and the subscriber
API answer 200, and a reader's feedback comes back with their text and a 503
instead of a 500. Each case runs a real install in a subprocess."""

import json
import os
import shutil
import subprocess
import sys
import textwrap

import pytest

SETUP = textwrap.dedent("""
    import json, sys, django
    django.setup()
    from django.core.management import call_command
    from django.db import connection
    call_command("migrate", verbosity=0)
    from dateline.stories.models import Section
    from dateline.stories.actions import Actor, CreateStory, Publish
    from dateline.wire.models import ApiClient
    actor = Actor.system("test")
    story = CreateStory(actor=actor, section=Section.objects.order_by("position").first(),
                        headline="Ferry terminal opens", body=["A new ferry terminal opened on Sunday."]).execute()
    Publish(story, actor=actor).execute()
    story.refresh_from_db()
    _, key = ApiClient.create_with_key("Herald", rate_limit=1000)
    if sys.argv[1] == "delete":
        # A copy for reading (VACUUM INTO, sqlite3 .backup) is in rollback-journal mode.
        connection.cursor().execute("PRAGMA journal_mode=DELETE")
    connection.close()
    print(json.dumps({"id": story.public_id, "version": story.live_id, "key": key}))
""")

READ = textwrap.dedent("""
    import json, sys, django
    django.setup()
    from django.test import Client
    world = json.loads(sys.argv[1])
    client = Client(raise_request_exception=False)
    api = {"HTTP_AUTHORIZATION": "Bearer " + world["key"]}
    status = {path: client.get(path, **(api if path.startswith("/api/") else {})).status_code for path in (
        "/", "/view/" + world["id"], "/rss.xml", "/atom.xml", "/sitemap.xml", "/search/?q=ferry",
        "/api/v1/items", "/api/v1/feed", "/api/v1/items/" + world["id"])}
    posted = client.post("/feedback/story/%s/" % world["id"], {
        "message": "The terminal opened on Saturday, not Sunday.", "category": "error",
        "version": world["version"], "token": "t" * 24})
    status["feedback"] = posted.status_code
    status["feedback keeps the text"] = "The terminal opened on Saturday, not Sunday." in posted.content.decode()
    print(json.dumps(status))
""")


def python(code, data_dir, *args):
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL"}}
    env.update(DATELINE_DATA_DIR=str(data_dir), DJANGO_SETTINGS_MODULE="dateline.settings")
    result = subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def writable(path):
    probe = path / ".probe" if path.is_dir() else path
    try:
        if path.is_dir():
            probe.write_text("x")
            probe.unlink()
        else:
            with open(path, "r+b"):
                pass
        return True
    except OSError:
        return False


@pytest.fixture
def read_only():
    """Make a file or folder read-only; as root (who ignores modes) with the
    immutable attribute. Undone after the test."""
    undo = []

    def make(path):
        mode = path.stat().st_mode
        path.chmod(0o555 if path.is_dir() else 0o444)
        undo.append(lambda: path.chmod(mode))
        if writable(path) and shutil.which("chattr"):
            if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode == 0:
                undo.append(lambda: subprocess.run(["chattr", "-i", str(path)], check=True))
        if writable(path):
            pytest.skip("cannot make a path read-only here")

    yield make
    for step in reversed(undo):
        step()


def expect_reading(status):
    pages = {path: code for path, code in status.items() if path.startswith("/")}
    assert set(pages.values()) == {200}, pages
    assert status["feedback"] == 503 and status["feedback keeps the text"], status


def test_a_read_only_data_directory(tmp_path, read_only):
    world = python(SETUP, tmp_path, "delete")
    read_only(tmp_path)
    expect_reading(python(READ, tmp_path, json.dumps(world)))


def test_a_read_only_database_file(tmp_path, read_only):
    world = python(SETUP, tmp_path, "wal")
    read_only(tmp_path / "dateline.sqlite3")
    expect_reading(python(READ, tmp_path, json.dumps(world)))
