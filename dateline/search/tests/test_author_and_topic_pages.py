"""Author and topic pages list the newest stories with that byline or keyword."""

from datetime import timedelta

from django.utils import timezone


def test_author_page_lists_their_latest_stories(client, published):
    now = timezone.now()
    published("Older piece", bylines=["Kim Eun-jung"], at=now - timedelta(days=2))
    published("Newer piece", bylines=["Kim Eun-jung", "Lee Min-ho"], at=now - timedelta(days=1))
    published("Someone else's piece", bylines=["Park Ji-won"])
    response = client.get("/author/kim-eun-jung/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Kim Eun-jung</h1>" in html
    assert html.index("Newer piece") < html.index("Older piece")
    assert "Someone else" not in html


def test_topic_page_lists_stories_with_the_keyword(client, published):
    published("Chip exports rise", keywords=["Semiconductors", "trade"])
    published("Car exports fall", keywords=["cars"])
    html = client.get("/topic/semiconductors/").content.decode()
    assert "Topic: Semiconductors" in html
    assert "Chip exports rise" in html
    assert "Car exports fall" not in html


def test_unknown_author_and_topic_are_404(client, db):
    assert client.get("/author/nobody-at-all/").status_code == 404
    assert client.get("/topic/nothing-here/").status_code == 404
    assert client.get("/author/kim-eun-jung/?page=zero").status_code == 404
