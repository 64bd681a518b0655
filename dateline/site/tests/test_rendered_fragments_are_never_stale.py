"""Home and section pages reuse rendered story cards and menus
(dateline.site.cards, dateline.site.menu). A fragment is keyed by everything
it shows, so every change a purge is sent for shows on the very next
request, with the fragments warm; and a page made from reused fragments is
the page rendered afresh."""

import pytest
from django.test import Client

from dateline.stories.actions import Actor, Correct, Kill, SaveWorkingCopy, Update
from dateline.stories.models import Section

pytestmark = pytest.mark.django_db

SYSTEM = Actor.system("test")


def clear_fragments():
    from dateline.site.cards import _CARD_LISTS
    from dateline.site.menu import _MENU_ITEMS

    for holder in (*_CARD_LISTS, *_MENU_ITEMS):
        holder.fragments.clear()


def pages(client, *paths):
    return {path: client.get(path).content.decode() for path in paths}


@pytest.fixture
def warm(client, make_story):
    """Two stories on the home page and the sports page, fragments rendered."""
    story = make_story(headline="Kim wins the marathon", section="sports")
    other = make_story(headline="Markets close higher", section="economy")
    pages(client, "/", "/section/sports/", "/section/economy/")
    return story, other


def test_reused_fragments_make_the_same_page_as_a_fresh_render(client, warm):
    paths = ("/", "/section/sports/", "/section/economy/", warm[0].get_absolute_url())
    reused = pages(client, *paths)
    clear_fragments()
    assert pages(Client(), *paths) == reused


NEW_BODY = ["She ran it in two hours and one minute."]


@pytest.mark.parametrize(
    ("action", "options", "shown"),
    [
        (Update, {"label": "(LEAD)"}, "(LEAD) Kim sets a course record"),
        (Correct, {"correction": "An earlier version gave the wrong time."}, "Kim sets a course record"),
    ],
)
def test_a_new_version_shows_at_once(client, warm, action, options, shown):
    story, _ = warm
    changes = {"headline": "Kim sets a course record", "body": NEW_BODY}
    action(story, actor=SYSTEM, changes=changes, **options).execute()
    for path in ("/", "/section/sports/"):
        html = client.get(path).content.decode()
        assert shown in html, path
        assert "Kim wins the marathon" not in html, path
    # The section page shows the summary, made from the new body.
    assert "two hours and one minute" in client.get("/section/sports/").content.decode()


def test_a_killed_story_leaves_the_lists_at_once(client, warm):
    story, other = warm
    Kill(story, "Legal reasons.", actor=SYSTEM).execute()
    for path in ("/", "/section/sports/"):
        html = client.get(path).content.decode()
        assert story.public_id not in html, path
    assert other.public_id in client.get("/").content.decode()


def test_an_unpublished_edit_of_the_working_copy_stays_off_the_lists(client, warm):
    # Lists show the public version's headline; the desk's working copy may
    # hold an edit nobody has published.
    story, _ = warm
    SaveWorkingCopy(story, {"headline": "DRAFT do not run"}, actor=SYSTEM, base_revision=story.revision).execute()
    for path in ("/", "/section/sports/"):
        html = client.get(path).content.decode()
        assert "DRAFT do not run" not in html, path
        assert "Kim wins the marathon" in html, path


def test_a_renamed_section_shows_in_the_menu_and_its_block_at_once(client, warm):
    sports = Section.objects.get(slug="sports")
    sports.name = "Sport and Games"
    sports.save()  # the purge's signal; this process also forgets its menu
    html = client.get("/").content.decode()
    assert ">Sport and Games</a></li>" in html  # the menu
    assert 'id="sec-sports"><a href="/section/sports/">Sport and Games</a>' in html  # the block
    section_page = client.get("/section/sports/").content.decode()
    assert 'aria-current="page">Sport and Games</a>' in section_page


def test_the_current_section_is_marked_on_each_page(client, warm):
    # One rendered menu per current section: each page marks its own.
    home = client.get("/").content.decode()
    sports = client.get("/section/sports/").content.decode()
    economy = client.get("/section/economy/").content.decode()
    assert '<a href="/" aria-current="page">Home</a>' in home
    assert 'href="/section/sports/" aria-current="page"' in sports
    assert 'href="/section/economy/" aria-current="page"' not in sports
    assert 'href="/section/economy/" aria-current="page"' in economy


def test_the_article_feedback_widget_follows_the_version_and_its_state(client, warm):
    # The widget is rendered once per version and state (feedback/context.py).
    story, _ = warm
    url = story.get_absolute_url()
    first = client.get(url).content.decode()
    assert f'name="version" value="{story.live_id}"' in first
    assert '<details class="feedback-disclosure">' in first
    assert '<details class="feedback-disclosure" open>' in client.get(url + "?feedback=open").content.decode()
    version = Update(story, actor=SYSTEM, changes={"headline": "Kim sets a course record"}).execute()
    again = client.get(url).content.decode()
    assert f'name="version" value="{version.pk}"' in again
    assert f'name="version" value="{story.live_id}"' not in again
