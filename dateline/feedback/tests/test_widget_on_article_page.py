"""Every article page carries the feedback widget, in the seed's order, with
what the form needs, and without extra database queries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db


def test_widget_text_reads_send_feedback_then_how_can_we_improve(client, story):
    html = client.get(story.get_absolute_url()).content.decode()
    body_end = html.index('class="story-body"')
    send = html.index("Send Feedback")
    heading = html.index("How can we improve?")
    assert body_end < send < heading


def test_form_carries_version_and_posts_to_the_story_but_no_per_reader_token(client, story):
    html = client.get(story.get_absolute_url()).content.decode()
    # The page is cached for every reader: the tokens come from tokens_url.
    assert 'name="csrfmiddlewaretoken"' not in html
    assert 'name="token" value=""' in html
    assert f'data-token-url="/feedback/story/{story.public_id}/tokens"' in html
    assert f'name="version" value="{story.live_id}"' in html
    assert f'action="/feedback/story/{story.public_id}/"' in html
    for label in ("Error in the story", "Typo", "Missing context", "Other"):
        assert label in html


def test_each_ask_for_tokens_gets_a_new_submission_token(client, story):
    def token():
        return client.get(f"/feedback/story/{story.public_id}/tokens").json()["token"]

    assert token() != token()


def test_thanks_state_shows_a_status_message_instead_of_the_form(client, story):
    html = client.get(story.get_absolute_url() + "?feedback=thanks").content.decode()
    assert (
        '<p class="feedback-status" id="feedback-status" role="status" tabindex="-1">Thanks for your feedback!</p>'
        in html
    )
    assert '<details class="feedback-disclosure" open>' in html
    assert 'id="feedback-form" method="post"' in html and "novalidate hidden>" in html


def test_without_a_state_the_page_does_not_thank_anyone(client, story):
    html = client.get(story.get_absolute_url()).content.decode()
    assert "Thanks for your feedback!" not in html


def test_widget_adds_no_queries_to_the_article_page(client, story):
    client.get("/")  # warm the section menu cache
    with CaptureQueriesContext(connection) as queries:
        response = client.get(story.get_absolute_url() + "?feedback=thanks")
    assert response.status_code == 200
    assert len(queries) <= 3, [q["sql"] for q in queries]
