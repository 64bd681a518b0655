"""What a reader may send: message length after trimming, email format,
category, the version and paragraph they saw; control characters go, every
script stays."""

import pytest

from dateline.feedback.models import Feedback

pytestmark = pytest.mark.django_db

JSON = {"HTTP_ACCEPT": "application/json"}


def test_plain_post_stores_the_record_and_redirects_to_the_thanks_message(client, story, submit_url, post_data):
    response = client.post(
        submit_url, post_data(paragraph="2", quote="a ministry spokesperson said", email="reader@example.com")
    )
    assert response.status_code == 302
    assert response["Location"] == story.get_absolute_url() + "?feedback=thanks#feedback"
    fb = Feedback.objects.get()
    assert (fb.story, fb.version_id, fb.paragraph, fb.quote) == (
        story,
        story.live_id,
        2,
        "a ministry spokesperson said",
    )
    assert (fb.category, fb.email, fb.status) == ("error", "reader@example.com", "new")
    assert fb.message == "The second paragraph has the wrong day."
    assert fb.created_at is not None


def test_script_post_gets_json_with_the_thanks_text_and_a_fresh_token(client, submit_url, post_data):
    data = post_data()
    response = client.post(submit_url, data, **JSON)
    assert response.status_code == 201
    body = response.json()
    assert body["ok"] is True and body["message"] == "Thanks for your feedback!"
    assert body["token"] and body["token"] != data["token"]


@pytest.mark.parametrize("message", ["", "   ", "\n\t \n", "\x00\x07"])
def test_empty_message_is_refused_with_a_field_error(client, submit_url, post_data, message):
    response = client.post(submit_url, post_data(message=message), **JSON)
    assert response.status_code == 400
    assert response.json()["errors"]["message"] == ["Please write a message."]
    assert not Feedback.objects.exists()


def test_message_of_2000_characters_after_trimming_is_accepted(client, submit_url, post_data):
    response = client.post(submit_url, post_data(message="   " + "가" * 2000 + "\n\n  "), **JSON)
    assert response.status_code == 201
    assert Feedback.objects.get().message == "가" * 2000


def test_message_over_2000_characters_is_refused_saying_how_long_it_is(client, submit_url, post_data):
    response = client.post(submit_url, post_data(message="x" * 2001), **JSON)
    assert response.status_code == 400
    assert "2,000 characters or fewer (it has 2,001)" in response.json()["errors"]["message"][0]


@pytest.mark.parametrize("email", ["not-an-email", "a@b", "reader@example.com\nBcc: x@y.z", "<x@y.z>"])
def test_invalid_email_is_refused(client, submit_url, post_data, email):
    response = client.post(submit_url, post_data(email=email), **JSON)
    assert response.status_code == 400
    assert "valid email address" in response.json()["errors"]["email"][0]


def test_unknown_category_is_refused(client, submit_url, post_data):
    response = client.post(submit_url, post_data(category="praise"), **JSON)
    assert response.status_code == 400
    assert "category" in response.json()["errors"]


def test_version_of_another_story_is_refused(client, make_story, submit_url, post_data):
    other = make_story(headline="Another story")
    response = client.post(submit_url, post_data(version=str(other.live_id)), **JSON)
    assert response.status_code == 400
    assert "version of the story you read" in response.json()["error"]
    assert not Feedback.objects.exists()


def test_an_earlier_version_the_reader_saw_is_kept(client, story, submit_url, post_data):
    from dateline.stories.actions import Actor, Update

    first = story.live_id
    Update(story, actor=Actor.system("test"), changes={"body": story.body + ["A new paragraph."]}).execute()
    response = client.post(submit_url, post_data(version=str(first)), **JSON)
    assert response.status_code == 201
    assert Feedback.objects.get().version_id == first


@pytest.mark.parametrize("paragraph", ["0", "4", "-1", "two"])
def test_paragraph_outside_the_version_is_refused(client, submit_url, post_data, paragraph):
    response = client.post(submit_url, post_data(paragraph=paragraph, quote="the ministry"), **JSON)
    assert response.status_code == 400
    assert not Feedback.objects.exists()


def test_a_quote_without_its_paragraph_is_refused(client, submit_url, post_data):
    response = client.post(submit_url, post_data(quote="the ministry"), **JSON)
    assert response.status_code == 400


def test_long_quote_is_shortened_not_refused(client, submit_url, post_data):
    response = client.post(submit_url, post_data(paragraph="1", quote="word " * 400), **JSON)
    assert response.status_code == 201
    quote = Feedback.objects.get().quote
    assert len(quote) == 500 and quote.endswith("…")


def test_control_characters_are_stripped_and_line_breaks_kept(client, submit_url, post_data):
    message = "Wrong\x00 date\x1b[31m in\x7f para\u0085graph 2.\r\nSee the\tministry site."
    client.post(submit_url, post_data(message=message, email="reader@example.com\x00"), **JSON)
    fb = Feedback.objects.get()
    assert fb.message == "Wrong date[31m in paragraph 2.\nSee the\tministry site."
    assert fb.email == "reader@example.com"


@pytest.mark.parametrize(
    "message",
    [
        "두 번째 문단의 날짜가 틀렸습니다.",
        "التاريخ في الفقرة الثانية خاطئ.",
        "Great story 👍🏽 but the 🇰🇷 flag emoji… 👨‍👩‍👧",
    ],
)
def test_unicode_is_kept_exactly(client, submit_url, post_data, message):
    assert client.post(submit_url, post_data(message=message), **JSON).status_code == 201
    assert Feedback.objects.get().message == message


def test_unknown_or_unpublished_story_is_404(client, make_story, post_data):
    draft = make_story(headline="Not yet", publish_it=False)
    assert client.post(f"/feedback/story/{draft.public_id}/", post_data()).status_code == 404
    assert client.post("/feedback/story/DLN20990101000001001/", post_data()).status_code == 404


def test_invalid_plain_post_shows_the_form_again_with_the_text_kept(client, submit_url, post_data):
    response = client.post(submit_url, post_data(message="Keep me 한국어", email="bad@"))
    assert response.status_code == 400
    html = response.content.decode()
    assert "Your feedback was not sent" in html
    assert "Keep me 한국어</textarea>" in html
    assert 'value="bad@"' in html
    assert 'aria-invalid="true"' in html


def test_get_on_the_submit_address_leads_back_to_the_open_form(client, story, submit_url):
    response = client.get(submit_url)
    assert response.status_code == 302
    assert response["Location"] == story.get_absolute_url() + "?feedback=open#feedback"
