"""`dateline load-demo`: the hand-written demo stories go through the real
publishing path, cover every section, render, and load only once."""

import json
from datetime import timedelta
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone
from markupsafe import escape

from dateline.stories.demo.loader import DemoError, load_demo, read_stories
from dateline.stories.models import Revision, Story, StoryVersion

pytestmark = pytest.mark.django_db

DEMO_COUNT = len(read_stories())


def load(*args):
    # Stories only: the demo's photos (drawn and cut during the load) have
    # their own test in dateline/photos/tests/test_demo_photos.py.
    out = StringIO()
    call_command("load-demo", "--stories-only", *args, stdout=out)
    return out.getvalue()


def demo_stories():
    return Story.objects.filter(source_key__startswith="demo:").select_related("live", "section")


def test_load_demo_publishes_every_story_in_every_section(sections):
    output = load()
    stories = list(demo_stories())
    assert len(stories) == DEMO_COUNT >= 30
    assert f"Created {DEMO_COUNT} demo stories" in output
    assert all(s.status == Story.Status.PUBLISHED and s.live_id for s in stories)
    assert {s.section.slug for s in stories} == set(sections)
    assert Story.objects.listed().filter(source_key__startswith="demo:").count() == DEMO_COUNT


def test_every_demo_article_page_renders_with_its_headline(client, sections):
    load()
    for story in demo_stories():
        response = client.get(story.get_absolute_url())
        assert response.status_code == 200, story.public_id
        assert str(escape(story.live.headline)) in response.content.decode(), story.public_id


def test_running_load_demo_again_creates_nothing_new(sections):
    load()
    counts = (Story.objects.count(), StoryVersion.objects.count(), Revision.objects.count())
    output = load()
    assert (Story.objects.count(), StoryVersion.objects.count(), Revision.objects.count()) == counts
    assert "Created 0 demo stories" in output
    assert f"{DEMO_COUNT} were already loaded" in output


def test_updated_stories_have_a_lead_update_over_their_first_version(sections):
    load()
    updated = [s for s in demo_stories() if s.live.number == 2]
    assert len(updated) >= 3
    for story in updated:
        first = story.versions.get(number=1)
        assert story.live.kind == StoryVersion.Kind.UPDATE
        assert story.live.label == "(LEAD)"
        assert story.live.published_at > first.published_at == story.first_published_at
        assert story.live.body != first.body
        assert story.revisions.count() == 2


def test_demo_stories_carry_bylines_datelines_keywords_and_urgency(sections, settings):
    load()
    stories = list(demo_stories())
    byline_counts = {len(s.live.bylines) for s in stories}
    assert byline_counts == {0, 1, 2}
    for story in stories:
        version = story.live
        assert version.keywords and version.dateline_city
        assert 1 <= version.urgency <= 4
        assert 4 <= len(version.body) <= 10
        assert f"({settings.DATELINE_AGENCY}) --</span>" in version.body_html
        assert version.body_html.startswith(f'<p id="p1"><span class="dateline">{version.dateline_city.upper()}, ')


def test_demo_stories_are_spread_over_the_last_ten_days(sections):
    before = timezone.now()
    load()
    times = [s.first_published_at for s in demo_stories()]
    assert max(times) <= before
    assert min(times) >= before - timedelta(days=11)
    assert len({t.date() for t in times}) >= 7


def test_dry_run_reports_the_stories_and_writes_nothing(sections):
    out = StringIO()
    call_command("load-demo", "--dry-run", stdout=out)
    assert f"Would create {DEMO_COUNT} demo stories" in out.getvalue()
    assert not Story.objects.exists()


def test_a_broken_stories_file_is_a_one_line_error_and_writes_nothing(sections, tmp_path):
    broken = tmp_path / "stories.json"
    broken.write_text(json.dumps({"stories": [{"n": 1, "section": "sports", "hours_ago": 2, "headline": "X"}]}))
    with pytest.raises(DemoError, match="missing body"):
        load_demo(path=broken)
    broken.write_text("{not json")
    with pytest.raises(DemoError, match="Cannot read the demo stories"):
        load_demo(path=broken)
    unknown = tmp_path / "unknown.json"
    unknown.write_text(
        json.dumps({"stories": [{"n": 1, "section": "weather", "hours_ago": 2, "headline": "X", "body": ["Text."]}]})
    )
    with pytest.raises(DemoError, match="unknown section 'weather'"):
        load_demo(path=unknown)
    assert not Story.objects.exists()


def test_load_demo_creates_no_users_and_credits_no_one_without_a_demo_editor(sections):
    load()
    assert get_user_model().objects.count() == 0
    assert not StoryVersion.objects.exclude(published_by=None).exists()


def test_load_demo_credits_an_existing_demo_editor(sections):
    editor = get_user_model().objects.create_user("demo-editor", password="not-a-real-password-1")
    load()
    assert StoryVersion.objects.filter(published_by=editor).count() == StoryVersion.objects.count()
    assert get_user_model().objects.count() == 1
