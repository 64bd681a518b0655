"""A wire item embargoed to the future is public nowhere before its time
(page, JSON-LD, RSS/Atom, API, sitemaps, search), whether its feed publishes
automatically or an editor accepts it; `publish-scheduled` releases it; a later
version that moves or lifts the embargo is honoured; the desk sees the embargo.

Made from the real dpa item `dpa_g2_embargoed.xml` with its embargo moved
into the future, so the test does not depend on today's date."""

import re
from datetime import UTC, datetime, timedelta

import pytest
from django.contrib.auth.models import Permission
from django.core.management import call_command
from django.utils import timezone as django_timezone

from dateline.ingest.acceptance import Acceptance
from dateline.ingest.models import Feed, IncomingItem
from dateline.ingest.services import ingest_bytes
from dateline.stories.actions import SYSTEM, Publish
from dateline.stories.models import Story

# Real commits: search indexing and cache purges wait for them, as they do in production.
pytestmark = pytest.mark.django_db(transaction=True)
HEADLINE = "Steinmeier: Russland zerstört kulturelles Erbe der Ukraine"
WORD = "Steinmeier"  # in the headline and text, for search
SURFACES = ("/", "/rss.xml", "/atom.xml", "/news-sitemap.xml")


@pytest.fixture(autouse=True)
def no_settle(settings):
    # The API feed holds back the last two seconds; these tests poll at once.
    settings.DATELINE_WIRE_SETTLE_SECONDS = 0


@pytest.fixture
def now():
    return datetime.now(UTC).replace(microsecond=0)


@pytest.fixture
def dpa_item(realwire):
    original = realwire.read("newsml-g2/dpa_g2_embargoed.xml").decode("utf-8")
    assert "<embargoed>2025-01-23T19:00:00+01:00</embargoed>" in original

    def make(until, version=1):
        text = original.replace('version="1"', f'version="{version}"', 1)
        embargo = f"<embargoed>{until.isoformat()}</embargoed>" if until else ""
        return text.replace("<embargoed>2025-01-23T19:00:00+01:00</embargoed>", embargo).encode("utf-8")

    return make


@pytest.fixture
def auto_feed(sections):
    return Feed.objects.create(name="dpa", url="/dev/null", auto_publish=True)


@pytest.fixture
def api_key(db):
    from dateline.wire.models import ApiClient

    return ApiClient.create_with_key("Test Herald", rate_limit=1000)[1]


def at(monkeypatch, when):
    """Let the clock read `when` for everything that asks Django for the time."""
    monkeypatch.setattr(django_timezone, "now", lambda: when)


def public_everywhere(client, api_key, story):
    """Which public surfaces show the story (by its headline or URL)."""
    shown = {}
    page = client.get(story.get_absolute_url())
    shown["page"] = page.status_code == 200
    if shown["page"]:
        shown["json-ld"] = HEADLINE in re.search(r'ld\+json">(.*?)</script>', page.content.decode(), re.S).group(1)
    for path in (*SURFACES, "/sitemap-stories.xml"):
        body = client.get(path).content.decode()
        shown[path] = HEADLINE in body or story.public_id in body
    auth = {"HTTP_AUTHORIZATION": f"Bearer {api_key}"}
    shown["api item"] = client.get(f"/api/v1/items/{story.public_id}", **auth).status_code == 200
    shown["api feed"] = story.public_id in client.get("/api/v1/feed", **auth).content.decode()
    shown["search"] = story.public_id in client.get("/search/", {"q": WORD}).content.decode()
    return shown


def test_an_auto_publishing_feed_holds_a_future_embargo_everywhere_until_release(
    client, api_key, dpa_item, auto_feed, now, monkeypatch
):
    until = now + timedelta(days=2)
    report = ingest_bytes(dpa_item(until), source="dpa", feed=auto_feed)
    assert not report.rejected
    story = Story.objects.get(pk=IncomingItem.objects.get().story_id)
    assert story.embargo_until == until
    shown = public_everywhere(client, api_key, story)
    assert not any(shown.values()), shown

    # The release job, once the time has come, makes it public everywhere.
    at(monkeypatch, until + timedelta(minutes=1))
    call_command("publish-scheduled")
    story.refresh_from_db()
    assert story.embargo_until is None
    shown = public_everywhere(client, api_key, story)
    assert all(shown.values()), shown


def test_a_later_version_that_moves_the_embargo_is_honoured(client, api_key, dpa_item, auto_feed, now, monkeypatch):
    first, later = now + timedelta(days=2), now + timedelta(days=4)
    ingest_bytes(dpa_item(first), source="dpa", feed=auto_feed)
    report = ingest_bytes(dpa_item(later, version=2), source="dpa", feed=auto_feed)
    assert len(report.updated) == 1 and not report.rejected
    story = Story.objects.get(pk=IncomingItem.objects.get().story_id)
    assert story.embargo_until == later

    at(monkeypatch, first + timedelta(hours=1))
    call_command("publish-scheduled")
    assert not any(public_everywhere(client, api_key, story).values())
    at(monkeypatch, later + timedelta(minutes=1))
    call_command("publish-scheduled")
    assert client.get(story.get_absolute_url()).status_code == 200


def test_a_later_version_that_lifts_the_embargo_publishes_at_once(client, api_key, dpa_item, auto_feed, now):
    ingest_bytes(dpa_item(now + timedelta(days=2)), source="dpa", feed=auto_feed)
    report = ingest_bytes(dpa_item(None, version=2), source="dpa", feed=auto_feed)
    assert not report.rejected
    story = Story.objects.get(pk=IncomingItem.objects.get().story_id)
    assert story.embargo_until is None
    shown = public_everywhere(client, api_key, story)
    assert all(shown.values()), shown


def test_an_embargo_already_over_does_not_hold_the_story(client, api_key, realwire, auto_feed):
    # The real file's embargo (23 January 2025, 19:00 CET) has passed.
    ingest_bytes(realwire.read("newsml-g2/dpa_g2_embargoed.xml"), source="dpa", feed=auto_feed)
    story = Story.objects.get(pk=IncomingItem.objects.get().story_id)
    assert client.get(story.get_absolute_url()).status_code == 200


def test_an_editor_accepting_and_publishing_an_embargoed_item_keeps_it_back(
    client, api_key, dpa_item, sections, now, monkeypatch
):
    until = now + timedelta(days=1)
    ingest_bytes(dpa_item(until), source="dpa")
    item = IncomingItem.objects.get()
    story = Acceptance(item, actor=SYSTEM).execute(skip_permission_check=True)
    assert story.embargo_until == until
    publish_from_the_desk(story)
    story.refresh_from_db()
    assert story.status == Story.Status.PUBLISHED
    assert not any(public_everywhere(client, api_key, story).values())
    at(monkeypatch, until + timedelta(minutes=1))
    call_command("publish-scheduled")
    assert client.get(story.get_absolute_url()).status_code == 200


def publish_from_the_desk(story):
    """The desk's Publish, as the editor's button calls it."""
    return Publish(story, actor=SYSTEM).execute()


def test_the_incoming_queue_and_the_item_page_show_the_embargo(client, django_user_model, dpa_item, now):
    until = now + timedelta(days=1)
    ingest_bytes(dpa_item(until), source="dpa")
    user = django_user_model.objects.create_user("desk", password="correct horse battery")
    user.user_permissions.set(Permission.objects.filter(content_type__app_label="ingest"))
    client.force_login(user)
    item = IncomingItem.objects.get()
    queue = client.get("/newsroom/incoming/").content.decode()
    assert '<strong class="embargo-badge">Embargoed until <time' in queue
    page = client.get(f"/newsroom/incoming/{item.pk}/").content.decode()
    assert 'class="embargo-notice"' in page and "Not public anywhere before then" in page
    assert page.index("Embargoed until") < page.index("Bundespräsident Frank-Walter Steinmeier")
