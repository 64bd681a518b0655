"""Fixtures shared by every app's tests."""

import os
import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent
SHARED = REPO.parent / "shared"
SEED = SHARED / "seeds" / "000_c9da416b4da102bc.txt"
STANDARDS = SHARED / "standards"
CHROMIUM = os.environ.get("DATELINE_CHROMIUM", "/usr/bin/chromium")

# Playwright's sync API runs an event loop in the test thread; the ORM calls
# the tests make around it are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(config, items):
    """A run with a live server on SQLite keeps its test database in a file.

    SQLite's default test database is in memory with a shared cache, and the
    live server's threads each open their own connection to it. Shared-cache
    locks are not waited for (busy_timeout does not apply to them): a request
    that begins a write while another holds one fails at once with "database
    table is locked", where the same two requests in production (a file in
    WAL mode, BEGIN IMMEDIATE, busy_timeout) queue. In a file, the server's
    connections wait for each other as production's do."""
    from django.conf import settings

    if not settings.configured or not any("live_server" in getattr(item, "fixturenames", ()) for item in items):
        return
    from django.db import connections

    database = connections["default"].settings_dict
    if database["ENGINE"] != "django.db.backends.sqlite3" or database.get("TEST", {}).get("NAME"):
        return
    import tempfile

    folder = tempfile.mkdtemp(prefix="dateline-test-db-")
    database.setdefault("TEST", {})["NAME"] = str(Path(folder) / "test.sqlite3")
    config.add_cleanup(lambda: shutil.rmtree(folder, ignore_errors=True))


@pytest.fixture(autouse=True)
def _fresh_process_memos():
    """Per-process memos (the section menu) and cached counters (rate limits,
    login throttles) must not outlive a test."""
    from django.conf import settings

    if not settings.configured:  # plain-Python tests run with -p no:django
        yield
        return
    from django.core.cache import cache

    from dateline.site.menu import forget_sections

    cache.clear()
    forget_sections()
    yield
    forget_sections()


@pytest.fixture(autouse=True, scope="session")
def _media_in_a_scratch_folder(tmp_path_factory):
    """Photos stored by any test (originals, renditions) land in a folder of
    the test run's, never in the checkout's var/media."""
    from django.conf import settings

    if not settings.configured:
        yield
        return
    from django.test import override_settings

    with override_settings(MEDIA_ROOT=tmp_path_factory.mktemp("media")):
        yield


REDIS_TEST_URL = os.environ.get("DATELINE_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


@pytest.fixture(params=["sqlite", "redis"])
def shared_counters(request, settings, tmp_path):
    """The counter stores that every web process shares: the SQLite file (one
    machine, no Redis) and Redis. Redis keys get a prefix of their own and
    expire; nothing is flushed, so other users of the server are left alone."""
    from dateline.core import counters

    if request.param == "sqlite":
        settings.DATELINE_COUNTERS = "sqlite"
        settings.DATELINE_COUNTERS_FILE = tmp_path / "counters.sqlite3"
    else:
        import uuid

        import redis

        try:
            redis.Redis.from_url(REDIS_TEST_URL, socket_connect_timeout=1).ping()
        except redis.RedisError as error:
            pytest.skip(f"Redis is not reachable at {REDIS_TEST_URL}: {error}")
        settings.CACHES = {
            **settings.CACHES,
            "test-counters": {
                "BACKEND": "django.core.cache.backends.redis.RedisCache",
                "LOCATION": REDIS_TEST_URL,
                "KEY_PREFIX": f"dateline-test-{uuid.uuid4().hex}",
            },
        }
        settings.DATELINE_COUNTERS = "cache"
        settings.DATELINE_COUNTERS_CACHE = "test-counters"
    return counters.store()


@pytest.fixture
def seed_text():
    if not SEED.exists():
        pytest.skip(f"../shared is absent: the seed article {SEED} is not beside this checkout")
    return SEED.read_text(encoding="utf-8")


@pytest.fixture
def standards_dir():
    if not STANDARDS.exists():
        pytest.skip(f"../shared is absent: the IPTC standards in {STANDARDS} are not beside this checkout")
    return STANDARDS


@pytest.fixture
def sections(db):
    """The default sections, by slug. A data migration creates them once, and
    nothing restores them after a transactional test flushes the database, so
    a test that needs them asks for this."""
    from dateline.stories.defaults import ensure_default_sections
    from dateline.stories.models import Section

    ensure_default_sections(Section)
    return {s.slug: s for s in Section.objects.all()}


_DB_FIXTURES = ("db", "transactional_db", "live_server", "django_db_reset_sequences", "django_db_serialized_rollback")


@pytest.fixture(autouse=True)
def _sections_after_flush(request):
    """Every database test starts with the sections a migrated install has,
    even after an earlier transactional test's flush emptied the table: tests
    that look sections up by slug must not depend on the order they run in."""
    if not (request.node.get_closest_marker("django_db") or any(f in request.fixturenames for f in _DB_FIXTURES)):
        return
    request.getfixturevalue("db")
    from dateline.stories.models import Section

    if not Section.objects.exists():  # one query in the usual case
        request.getfixturevalue("sections")


@pytest.fixture
def send_post_migrate(db):
    """Send one app's post_migrate signal, as `migrate` does after that app."""
    from django.apps import apps
    from django.db.models.signals import post_migrate

    def send(label):
        config = apps.get_app_config(label)
        post_migrate.send(
            sender=config, app_config=config, verbosity=0, interactive=False, using="default", apps=apps, plan=[]
        )

    return send


@pytest.fixture
def section(sections):
    return sections["north-korea"]


@pytest.fixture
def make_story(sections):
    """Create (and by default publish) a story; keyword arguments override fields."""
    from django.utils import timezone

    from dateline.stories.actions import Actor, CreateStory, Publish
    from dateline.stories.models import Section

    def factory(
        headline="Seoul and Washington discuss peace declaration",
        *,
        publish_it=True,
        section="north-korea",
        body=None,
        at=None,
        **fields,
    ):
        fields.setdefault("bylines", ["Kim Eun-jung"])
        fields.setdefault("dateline_city", "Seoul")
        fields.setdefault("dateline_agency", "Yonhap")
        actor = Actor.system("test")
        story = CreateStory(
            actor=actor,
            section=Section.objects.get(slug=section) if isinstance(section, str) else section,
            headline=headline,
            body=body
            or [
                "Officials from both countries met on Thursday to discuss the proposal.",
                "The talks will continue next week, a ministry spokesperson said.",
            ],
            created_at=at or timezone.now(),
            **fields,
        ).execute()
        if publish_it:
            Publish(story, actor=actor, at=at).execute()
            story.refresh_from_db()
        return story

    return factory


@pytest.fixture
def published(make_story, django_capture_on_commit_callbacks):
    """make_story, with publication signals delivered (tests run inside a
    transaction, so on-commit callbacks would otherwise never fire)."""

    def factory(*args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return make_story(*args, **kwargs)

    return factory


@pytest.fixture(scope="session")
def browser():
    """Debian's chromium driven by Playwright (never a downloaded browser)."""
    if not shutil.which(CHROMIUM) and not Path(CHROMIUM).exists():
        pytest.fail(
            f"chromium not found at {CHROMIUM}: install the Debian package 'chromium' (make test does this as root)"
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context()
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


@pytest.fixture
def sign_in_page(live_server):
    """Sign a browser page in as `user` by session cookie (no login form),
    for tests whose subject is not the sign-in page."""
    from django.conf import settings
    from django.test import Client

    def sign_in(page, user):
        client = Client()
        client.force_login(user)
        page.context.add_cookies(
            [
                {
                    "name": settings.SESSION_COOKIE_NAME,
                    "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                    "url": live_server.url,
                }
            ]
        )

    return sign_in


@pytest.fixture
def axe():
    """Run axe-core on a page; returns the list of violations (empty is the goal)."""
    from axe_playwright_python.sync_playwright import Axe

    runner = Axe()

    def check(page, context=None):
        results = runner.run(page, context=context) if context else runner.run(page)
        return [
            f"{v['id']}: {v['help']} ({len(v['nodes'])} nodes: {[n['target'] for n in v['nodes']][:3]})"
            for v in results.response["violations"]
        ]

    return check


@pytest.fixture
def local_http():
    """Throwaway HTTP servers for fetch tests: `local_http(do_get, host=...)`
    starts one whose GETs `do_get(handler)` answers, and returns
    (base URL, list of (path, Host header) it was asked for)."""
    import http.server
    import threading

    servers = []

    def start(do_get, host="127.0.0.1"):
        seen = []

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self):
                seen.append((self.path, self.headers.get("Host", "")))
                try:
                    do_get(self)
                except (BrokenPipeError, ConnectionResetError):  # the client gave up, as it should
                    pass

            def log_message(self, *args):
                pass

        server = http.server.ThreadingHTTPServer((host, 0), Handler)
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://{host}:{server.server_address[1]}", seen

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture
def ninjs_validators(standards_dir):
    """The IPTC's ninjs 2.1 and 3.0 schemas, with GeoJSON registered by its URL (no network)."""
    import json

    from jsonschema import Draft202012Validator
    from referencing import Registry, Resource

    geo = json.loads((standards_dir / "ninjs" / "GeoJSON.json").read_text(encoding="utf-8"))
    registry = Registry().with_resource("https://geojson.org/schema/GeoJSON.json", Resource.from_contents(geo))
    validators = {}
    for version in ("2.1", "3.0"):
        schema = json.loads((standards_dir / "ninjs" / f"ninjs-schema_{version}.json").read_text(encoding="utf-8"))
        validators[version] = Draft202012Validator(
            schema, registry=registry, format_checker=Draft202012Validator.FORMAT_CHECKER
        )
    return validators


@pytest.fixture
def assert_valid_ninjs(ninjs_validators):
    def check(doc, version="2.1"):
        errors = sorted(ninjs_validators[version].iter_errors(doc), key=str)
        assert not errors, [f"{list(e.path)}: {e.message}" for e in errors]

    return check


@pytest.fixture
def newsml_schema(standards_dir):
    from lxml import etree

    return etree.XMLSchema(etree.parse(str(standards_dir / "newsml-g2" / "NewsML-G2_2.35-spec-All-Power.xsd")))


@pytest.fixture
def make_photo(db, settings, tmp_path):
    """A photo taken in through the photo desk's door (`add_photo`, from a
    JPEG drawn here), published by default (status="draft" or "withdrawn"
    for others), with its renditions cut; keyword arguments describe it
    (Photo field names). `size` sets the picture's pixels: the default is
    small, for speed; crops of 1,200 px and more need (2400, 1600)."""
    import io
    import itertools

    from PIL import Image, ImageDraw

    from dateline.photos.actions import PublishPhoto, WithdrawPhoto
    from dateline.photos.services import add_photo, ensure_renditions
    from dateline.stories.actions import Actor

    settings.MEDIA_ROOT = tmp_path / "media"
    actor = Actor.system("test", via="test")
    numbers = itertools.count(1)

    def factory(caption="Rescuers search the rubble in Gangneung.", *, status="published", size=(960, 640), **fields):
        n = next(numbers)
        image = Image.new("RGB", size, ((n * 53) % 256, (n * 97) % 256, (n * 151) % 256))
        ImageDraw.Draw(image).rectangle([(0, 0), (size[0] // 3, size[1] // 3)], fill=(250, 250, 250))
        data = io.BytesIO()
        image.save(data, "JPEG", quality=80)
        fields.setdefault("alt_text", "Rescuers in orange helmets lift a concrete slab.")
        fields.setdefault("credit_line", "Yonhap")
        photo = add_photo(data.getvalue(), f"photo-{n}.jpg", actor=actor, described={"caption": caption, **fields})
        if status != "draft":
            photo = PublishPhoto(photo, actor=actor).execute()
        if status == "withdrawn":
            photo = WithdrawPhoto(photo, actor=actor).execute()
        return ensure_renditions(photo, wait=60)

    return factory


@pytest.fixture
def wire_photo(make_photo):
    """make_photo as the wire's tests use it: wide enough for 2,048 px
    renditions, with a photographer; keyword arguments describe it."""

    def factory(*, width=2400, height=1600, **described):
        described.setdefault("creator", "Kim Min-ji")
        caption = described.pop("caption", "Container ships wait outside the port of Busan.")
        return make_photo(caption, size=(width, height), **described)

    return factory
