import pytest

from dateline.stories.actions import SYSTEM, Correct, Publish, Update
from dateline.stories.models import Story, StoryVersion
from dateline.stories.services import StoryError, compose_dateline
from dateline.stories.signals import story_published

pytestmark = pytest.mark.django_db


def test_first_publication_makes_version_one_live(make_story):
    story = make_story()
    assert story.status == Story.Status.PUBLISHED
    assert story.live.number == 1
    assert story.live.kind == StoryVersion.Kind.FIRST
    assert story.first_published_at == story.live.published_at


def test_republishing_adds_a_version_and_keeps_the_old_one(make_story):
    story = make_story()
    first = story.live
    second = Update(
        story, actor=SYSTEM, label="(LEAD)", changes={"headline": "Allies narrow gap on peace declaration"}
    ).execute()
    story.refresh_from_db()
    assert story.live == second
    assert second.number == 2 and second.kind == StoryVersion.Kind.UPDATE
    first.refresh_from_db()
    assert first.headline == "Seoul and Washington discuss peace declaration"
    assert story.first_published_at == first.published_at


def test_correction_needs_a_note(make_story):
    story = make_story()
    with pytest.raises(StoryError, match="correction note"):
        Correct(story, actor=SYSTEM, correction="  ").execute()
    assert story.versions.count() == 1


def test_empty_body_cannot_be_published(make_story):
    story = make_story(publish_it=False, body=["x"])
    Story.objects.filter(pk=story.pk).update(body=[])
    with pytest.raises(StoryError, match="body"):
        Publish(story, actor=SYSTEM).execute()
    story.refresh_from_db()
    assert story.live is None


def test_body_starts_with_the_house_style_dateline(make_story, settings):
    story = make_story(dateline_agency="")
    settings.DATELINE_AGENCY = "Yonhap"
    story2 = make_story(dateline_agency="")
    assert story2.live.body_html.startswith('<p id="p1"><span class="dateline">SEOUL, ')
    assert "(Yonhap) --</span>" in story2.live.body_html
    assert "(Dateline) --" in story.live.body_html


def test_compose_dateline_variants():
    from datetime import date

    assert compose_dateline("Seoul", "", date(2021, 10, 28), "Yonhap") == "SEOUL, Oct. 28 (Yonhap) --"
    assert compose_dateline("Panmunjom", "South Korea", None, "AP") == "PANMUNJOM, South Korea (AP) --"
    assert compose_dateline("", "", date(2021, 10, 28), "Yonhap") == ""


def test_publishing_announces_after_commit(make_story, django_capture_on_commit_callbacks):
    seen = []

    def listener(sender, story, version, **kwargs):
        seen.append(version.number)

    story_published.connect(listener)
    try:
        story = make_story(publish_it=False)
        with django_capture_on_commit_callbacks(execute=True):
            Publish(story, actor=SYSTEM).execute()
    finally:
        story_published.disconnect(listener)
    assert seen == [1]


def test_stored_body_is_sanitised(make_story):
    story = make_story(body=["Safe <em>text</em><script>alert('x')</script>", "Second"])
    assert "<script" not in story.live.body_html
    assert "<em>text</em>" in story.live.body_html
