"""Story threads: editors group stories; readers follow the timeline."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from dateline.stories.models import Story
from dateline.stories.signals import story_unpublished
from dateline.threads.services import ThreadError, add_story, create_thread, remove_story


@pytest.fixture
def storyline(make_story):
    now = timezone.now()
    return [make_story(f"End-of-war declaration: step {n}", at=now - timedelta(days=5 - n)) for n in range(4)]


def test_thread_page_shows_a_timeline_from_first_to_latest(client, storyline):
    thread = create_thread("End-of-war declaration", stories=reversed(storyline))
    html = client.get(thread.get_absolute_url()).content.decode()
    positions = [html.index(f"step {n}") for n in range(4)]
    assert positions == sorted(positions)
    assert '<ol class="timeline">' in html


def test_article_shows_more_on_this_story_with_one_extra_query(client, storyline):
    thread = create_thread("End-of-war declaration", stories=storyline)
    client.get("/")  # warm the sections cache
    with CaptureQueriesContext(connection) as queries:
        html = client.get(storyline[0].get_absolute_url()).content.decode()
    assert "More on this story" in html
    assert thread.get_absolute_url() in html
    assert html.index("step 3") < html.index("step 1")  # newest first
    assert storyline[0].get_absolute_url() not in html.split("More on this story")[1]
    thread_queries = [q for q in queries if "search_thread" in q["sql"]]
    assert len(thread_queries) == 1


def test_article_without_thread_has_no_box(client, make_story):
    story = make_story("Lonely story")
    assert "More on this story" not in client.get(story.get_absolute_url()).content.decode()


def test_bylines_and_keywords_link_to_author_and_topic_pages(client, make_story):
    story = make_story("Linked story", bylines=["Kim Eun-jung", "Lee Min-ho"], keywords=["Trade talks"])
    html = client.get(story.get_absolute_url()).content.decode()
    assert '<a href="/author/kim-eun-jung/">Kim Eun-jung</a>' in html
    assert '<a href="/author/lee-min-ho/">Lee Min-ho</a>' in html
    assert '<a href="/topic/trade-talks/">Trade talks</a>' in html


def test_linked_byline_reads_naturally_and_escapes(db):
    from dateline.search.article import linked_byline

    assert linked_byline(["A <b>", "Lee Min-ho", "Park Ji"]) == (
        '<a href="/author/a-b/">A &lt;b&gt;</a>, <a href="/author/lee-min-ho/">Lee Min-ho</a> and '
        '<a href="/author/park-ji/">Park Ji</a>'
    )


def test_a_story_follows_one_thread(storyline):
    first = create_thread("Thread one", stories=storyline[:1])
    second = create_thread("Thread two")
    with pytest.raises(ThreadError, match="already in the thread"):
        add_story(second, storyline[0])
    add_story(second, storyline[0], move=True)
    first.refresh_from_db()
    assert first.story_count == 0 and first.recent == []


def test_drafts_cannot_join_threads(make_story):
    draft = make_story("Draft", publish_it=False)
    with pytest.raises(ThreadError, match="published"):
        create_thread("Drafts", stories=[draft])


def test_blank_title_is_refused(db):
    with pytest.raises(ThreadError, match="title"):
        create_thread("   ")


def test_killed_story_leaves_the_cached_timeline(storyline, django_capture_on_commit_callbacks):
    thread = create_thread("Timeline", stories=storyline)
    Story.objects.filter(pk=storyline[3].pk).update(status=Story.Status.KILLED)
    with django_capture_on_commit_callbacks(execute=True):
        story_unpublished.send(sender=Story, story=storyline[3], version=None)
    thread.refresh_from_db()
    assert [e["public_id"] for e in thread.recent] == [s.public_id for s in reversed(storyline[:3])]
    assert thread.story_count == 3


def test_removing_a_story_updates_the_thread(storyline):
    thread = create_thread("Timeline", stories=storyline[:2])
    assert remove_story(thread, storyline[1])
    thread.refresh_from_db()
    assert thread.story_count == 1


def test_slugs_stay_unique(db):
    assert create_thread("Same title").slug == "same-title"
    assert create_thread("Same title").slug == "same-title-2"


def test_unknown_thread_is_404(client, db):
    assert client.get("/thread/no-such-thread/").status_code == 404
    assert client.get("/threads/").status_code == 200
