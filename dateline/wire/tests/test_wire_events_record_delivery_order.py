"""Published versions reach the wire's delivery log when the transaction
commits, embargoed ones at their time; the feed's cost does not grow with its length."""

from datetime import timedelta

from django.utils import timezone

from dateline.wire.models import WireEvent


def test_publishing_records_an_event_on_commit(make_story, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        story = make_story()
    event = WireEvent.objects.get()
    assert event.version == story.live and event.story == story
    assert event.visible_at >= story.live.published_at


def test_embargoed_version_is_recorded_at_its_embargo_time(make_story, django_capture_on_commit_callbacks):
    lifted = timezone.now() + timedelta(hours=5)
    with django_capture_on_commit_callbacks(execute=True):
        story = make_story(at=lifted)
    assert WireEvent.objects.get(story=story).visible_at == lifted


def test_backdated_version_is_recorded_now_not_in_the_past(make_story, django_capture_on_commit_callbacks):
    before = timezone.now()
    with django_capture_on_commit_callbacks(execute=True):
        make_story(at=before - timedelta(days=30))
    assert WireEvent.objects.get().visible_at >= before


def test_feed_page_queries_do_not_grow_with_the_page(api, make_story, django_assert_max_num_queries):
    for n in range(30):
        make_story(f"Story {n}", section="economy" if n % 2 else "north-korea")
    api("/api/v1/feed", limit=1)  # records the events
    with django_assert_max_num_queries(12):
        assert len(api("/api/v1/feed", limit=30).json()["items"]) == 30
    with django_assert_max_num_queries(12):
        assert len(api("/api/v1/items", limit=30).json()["items"]) == 30
