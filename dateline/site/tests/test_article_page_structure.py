"""The article page carries the seed page's structure, in order."""

import re
from datetime import UTC, datetime

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def story(make_story):
    return make_story(
        headline="S. Korea, U.S. in speedy talks on peace declaration",
        bylines=["Kim Eun-jung"],
        at=datetime(2021, 10, 28, 8, 40, tzinfo=UTC),
    )


def text_of(html):
    html = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", html, flags=re.S)
    html = re.sub(r"<head>.*?</head>", " ", html, flags=re.S)
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def test_page_reads_in_the_seed_order(client, story):
    html = client.get(story.get_absolute_url()).content.decode()
    text = text_of(html)
    expected = [
        "Go to Contents Go to Navigation",
        "S. Korea, U.S. in speedy talks on peace declaration",
        "North Korea 17:40 October 28, 2021",
        "By Kim Eun-jung",
        "SEOUL, Oct. 28 (Yonhap) -- Officials from both countries met on Thursday",
        "The talks will continue next week",
    ]
    position = 0
    for line in expected:
        found = text.find(line, position)
        assert found >= 0, f"{line!r} missing or out of order"
        position = found + len(line)


def test_skip_links_are_the_first_focusable_elements(client, story):
    html = client.get(story.get_absolute_url()).content.decode()
    body = html.split("<body>", 1)[1]
    first_links = re.findall(r"<(?:a|button|input|select|textarea)\b[^>]*>", body)[:2]
    assert 'href="#contents"' in first_links[0]
    assert 'href="#navigation"' in first_links[1]
    assert 'id="contents"' in body and 'id="navigation"' in body


def test_multiple_bylines_read_naturally(client, make_story):
    story = make_story(bylines=["Kim Eun-jung", "Lee Ji-won", "Park Min-su"])
    html = client.get(story.get_absolute_url()).content.decode()
    byline = html.split('<p class="byline">', 1)[1].split("</p>", 1)[0]
    assert re.sub(r"<[^>]+>", "", byline) == "By Kim Eun-jung, Lee Ji-won and Park Min-su"


def test_each_byline_links_to_its_author_page(client, make_story):
    story = make_story(bylines=["Kim Eun-jung", "Lee Ji-won"])
    html = client.get(story.get_absolute_url()).content.decode()
    byline = html.split('<p class="byline">', 1)[1].split("</p>", 1)[0]
    assert '<a href="/author/kim-eun-jung/">Kim Eun-jung</a>' in byline
    assert '<a href="/author/lee-ji-won/">Lee Ji-won</a>' in byline


def test_no_byline_line_without_bylines(client, make_story):
    story = make_story(bylines=[])
    assert 'class="byline"' not in client.get(story.get_absolute_url()).content.decode()


def test_headline_markup_is_escaped(client, make_story):
    story = make_story(headline="Crowds <script>alert(1)</script> gather")
    html = client.get(story.get_absolute_url()).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html


def test_unknown_and_unpublished_stories_are_404_in_site_design(client, make_story):
    draft = make_story(publish_it=False)
    for url in (draft.get_absolute_url(), "/view/DLN20990101000001325", "/view/not-an-id"):
        response = client.get(url)
        assert response.status_code == 404
        assert "Page not found" in response.content.decode()
        assert "Go to Contents" in response.content.decode()


def test_embargoed_story_is_hidden_until_its_time(client, make_story):
    future = datetime(2099, 1, 1, tzinfo=UTC)
    story = make_story(at=future)
    assert client.get(story.get_absolute_url()).status_code == 404
    assert story.headline not in client.get("/").content.decode()


def test_post_is_refused(client, story):
    assert client.post(story.get_absolute_url()).status_code == 405


def test_visibility_rule_matches_the_public_queryset(make_story):
    from datetime import datetime

    from dateline.stories.models import Story

    stories = [
        make_story(headline="live"),
        make_story(headline="draft", publish_it=False),
        make_story(headline="embargoed", at=datetime(2099, 1, 1, tzinfo=UTC)),
    ]
    killed = make_story(headline="killed")
    killed.status = Story.Status.KILLED
    killed.save()
    stories.append(killed)
    public_ids = set(Story.objects.public().values_list("pk", flat=True))
    for story in Story.objects.all():
        assert story.is_visible() == (story.pk in public_ids), story.headline
