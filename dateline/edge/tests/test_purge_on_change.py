"""Every change that alters what readers see purges exactly the keys of the
pages that show it, and a cache that is down never holds up or fails it."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from dateline.edge.models import Purge
from dateline.stories import actions

pytestmark = pytest.mark.django_db


def story_keys_expected(story):
    from dateline.core.timefmt import to_newsroom

    day = to_newsroom(story.first_published_at).date()
    return {
        f"story-{story.public_id}",
        "home",
        "latest",
        "section-north-korea",
        f"day-{day:%Y-%m-%d}",
        "author-kim-eun-jung",
    }


def test_first_publication_purges_the_story_and_its_lists(varnish, published):
    story = published()
    ((method, path, headers, _),) = varnish.requests
    assert (method, path) == ("PURGE", "/")
    assert story_keys_expected(story) <= set(headers["xkey-purge"].split())
    assert Purge.objects.get().done_at is not None


@pytest.mark.parametrize("change", ["update", "correction", "kill"])
def test_each_later_change_purges_the_story(varnish, published, actor, change, django_capture_on_commit_callbacks):
    story = published()
    varnish.requests.clear()
    with django_capture_on_commit_callbacks(execute=True):
        if change == "kill":
            actions.Kill(story, "Legal reasons.", actor=actor).execute()
        else:
            changes = {"headline": "Seoul and Washington agree on peace declaration"}
            if change == "correction":
                actions.Correct(story, actor=actor, correction="Fixes the date.", changes=changes).execute()
            else:
                actions.Update(story, actor=actor, changes=changes).execute()
    assert f"story-{story.public_id}" in varnish.keys()
    assert "home" in varnish.keys()


def test_an_embargo_purges_nothing_until_its_release(varnish, published, actor, django_capture_on_commit_callbacks):
    from dateline.stories.models import Story

    story = published(publish_it=False)
    until = timezone.now() + timedelta(hours=1)
    with django_capture_on_commit_callbacks(execute=True):
        actions.Embargo(story, until, actor=actor).execute()
    assert varnish.requests == []  # caches must not learn of it before readers may
    with django_capture_on_commit_callbacks(execute=True):
        actions.release_due(now=until + timedelta(seconds=1))
    story = Story.objects.get(pk=story.pk)
    assert f"story-{story.public_id}" in varnish.keys()


def test_renaming_a_section_purges_every_menu(varnish, sections):
    section = sections["culture"]
    section.name = "Culture and arts"
    section.save()
    assert {"menu", "section-culture"} <= set(varnish.keys())


def test_a_cache_that_is_down_never_fails_a_publish_and_is_retried(varnish, published, capsys):
    varnish.status = 503
    story = published()
    assert story.status == "published"
    purge = Purge.objects.get()
    assert purge.done_at is None and "answered 503" in purge.last_error and purge.attempts == 1

    call_command("purge-retry", "--dry-run")
    assert Purge.objects.get().attempts == 1  # a dry run sends nothing
    assert "would send 1" in capsys.readouterr().out

    varnish.status = 200
    call_command("purge-retry")
    purge.refresh_from_db()
    assert purge.done_at is not None and purge.attempts == 2


def test_purge_retry_exits_non_zero_while_a_cache_keeps_refusing(varnish, published):
    varnish.status = 500
    published()
    with pytest.raises(SystemExit) as exit_info:
        call_command("purge-retry")
    assert exit_info.value.code == 1


def test_an_unreachable_cache_is_recorded_with_its_reason(settings, published):
    settings.DATELINE_PURGERS = ["varnish:http://127.0.0.1:9"]  # nothing listens on the discard port
    published()
    assert "could not be reached" in Purge.objects.get().last_error


def test_a_misconfigured_purger_does_not_fail_a_publish(settings, published):
    settings.DATELINE_PURGERS = ["no-such-cache:x"]
    story = published()
    assert story.status == "published"
    assert not Purge.objects.exists()


def test_without_a_cache_configured_nothing_is_recorded(published):
    published()
    assert not Purge.objects.exists()
