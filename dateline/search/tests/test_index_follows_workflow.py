"""The index follows the desk's real workflow: embargo, release and kill."""

from datetime import timedelta
from unittest import mock

from django.utils import timezone

from dateline.stories.actions import SYSTEM, Embargo, Kill, release_due


def test_embargo_is_hidden_until_release_then_found(make_story, search_ids, django_capture_on_commit_callbacks):
    draft = make_story("Embargoed trade figures", publish_it=False)
    until = timezone.now() + timedelta(minutes=30)
    with django_capture_on_commit_callbacks(execute=True):
        Embargo(draft, until, actor=SYSTEM).execute()
    assert search_ids("trade") == []
    later = until + timedelta(seconds=1)
    # The release job runs when the embargo ends: the clock says so.
    with mock.patch("django.utils.timezone.now", return_value=later), django_capture_on_commit_callbacks(execute=True):
        assert [s.pk for s in release_due(now=later)] == [draft.pk]
    assert search_ids("trade") == ["Embargoed trade figures"]


def test_kill_removes_the_story_from_search(published, search_ids, django_capture_on_commit_callbacks):
    story = published("Disputed report on dam safety")
    assert search_ids("dam") == ["Disputed report on dam safety"]
    with django_capture_on_commit_callbacks(execute=True):
        Kill(story, "The report was wrong.", actor=SYSTEM).execute()
    assert search_ids("dam") == []
