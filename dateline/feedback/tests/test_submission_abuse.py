"""Abuse and bad input at the door: CSRF, the honeypot, oversized bodies,
rate limits per client and site-wide, and retried POSTs."""

import pytest
from django.test import Client, override_settings

from dateline.feedback.models import Feedback

pytestmark = pytest.mark.django_db

JSON = {"HTTP_ACCEPT": "application/json"}


def _csrf_in(html):
    marker = 'name="csrfmiddlewaretoken" value="'
    start = html.index(marker) + len(marker)
    return html[start : html.index('"', start)]


def test_a_send_without_a_csrf_token_stores_nothing_and_asks_to_confirm(story, submit_url, post_data):
    # What a reader without JavaScript sends from the cached article page,
    # and what a cross-site forgery sends: neither is stored.
    client = Client(enforce_csrf_checks=True)
    response = client.post(submit_url, post_data(message="The mayor's name is misspelt."))
    html = response.content.decode()
    assert response.status_code == 200
    assert "press Send again" in html
    assert "The mayor&#39;s name is misspelt." in html or "The mayor's name is misspelt." in html
    assert _csrf_in(html)
    assert not response.has_header("xkey")  # one reader's page: never for a shared cache
    assert not Feedback.objects.exists()


def test_sending_again_from_the_confirming_page_is_accepted_once(story, submit_url, post_data):
    client = Client(enforce_csrf_checks=True)
    first = client.post(submit_url, post_data(message="The mayor's name is misspelt."))
    again = client.post(
        submit_url,
        post_data(message="The mayor's name is misspelt.", csrfmiddlewaretoken=_csrf_in(first.content.decode())),
    )
    assert again.status_code == 302
    assert Feedback.objects.count() == 1


def test_a_wrong_csrf_token_is_refused(story, submit_url, post_data):
    client = Client(enforce_csrf_checks=True)
    client.get(submit_url + "tokens")  # a real CSRF cookie, then a forged token
    response = client.post(submit_url, post_data(csrfmiddlewaretoken="x" * 64))
    assert response.status_code == 403
    assert not Feedback.objects.exists()


def test_the_script_without_a_token_gets_a_json_403(story, submit_url, post_data):
    client = Client(enforce_csrf_checks=True)
    response = client.post(submit_url, post_data(), **JSON)
    assert response.status_code == 403
    assert "out of date" in response.json()["error"]
    assert not Feedback.objects.exists()


def test_the_tokens_the_script_fetches_let_it_send(story, submit_url, post_data):
    client = Client(enforce_csrf_checks=True)
    tokens = client.get(submit_url + "tokens", **JSON)
    assert tokens.status_code == 200
    assert "no-store" in tokens.headers["Cache-Control"] and "private" in tokens.headers["Cache-Control"]
    data = tokens.json()
    assert data["csrf"] and len(data["token"]) >= 20
    response = client.post(submit_url, post_data(csrfmiddlewaretoken=data["csrf"], token=data["token"]), **JSON)
    assert response.status_code == 201
    assert Feedback.objects.count() == 1


def test_the_article_page_carries_no_per_reader_token(story, client):
    first = client.get(story.get_absolute_url()).content.decode()
    second = Client().get(story.get_absolute_url()).content.decode()
    assert "csrfmiddlewaretoken" not in first
    assert first == second


def test_filled_honeypot_is_refused_with_400_and_nothing_stored(client, submit_url, post_data):
    response = client.post(submit_url, post_data(leave_blank="http://spam.example"))
    assert response.status_code == 400
    assert "meant to stay empty" in response.content.decode()
    assert not Feedback.objects.exists()


def test_declared_body_over_the_limit_is_refused_with_413_before_reading(client, submit_url, post_data):
    response = client.post(submit_url, post_data(message="x" * 20000))
    assert response.status_code == 413
    assert "too large" in response.content.decode()
    assert not Feedback.objects.exists()


def test_413_is_answered_without_touching_the_body(rf, story):
    from dateline.feedback.views import submit

    class Exploding:
        def read(self, *args):
            raise AssertionError("the body was read")

        readline = read

    request = rf.post(
        f"/feedback/story/{story.public_id}/",
        data=b"",
        content_type="application/x-www-form-urlencoded",
        CONTENT_LENGTH="999999999",
    )
    request._stream = Exploding()
    assert submit(request, public_id=story.public_id).status_code == 413


def test_undeclared_body_is_read_through_a_cap():
    """A body without a Content-Length (chunked) is read through a cap that
    stops one byte past the limit instead of buffering it all."""
    import io

    from dateline.feedback.views.submit import BodyTooLarge, CappedStream

    capped = CappedStream(io.BytesIO(b"x" * 40000), 16384)
    with pytest.raises(BodyTooLarge):
        while capped.read(4096):
            pass
    assert capped.seen == 16385
    small = CappedStream(io.BytesIO(b"message=hello"), 16384)
    assert small.read() == b"message=hello"
    small.close()  # Django closes the stream after reading the body
    assert small.stream.closed


def test_script_gets_413_as_json(client, submit_url, post_data):
    response = client.post(submit_url, post_data(message="x" * 20000), **JSON)
    assert response.status_code == 413
    assert "too large" in response.json()["error"]


@override_settings(FEEDBACK_RATES="3/m,5/d", FEEDBACK_SITE_RATE="100/m")
def test_client_over_its_rate_gets_429_and_its_text_back(client, submit_url, post_data):
    codes = [client.post(submit_url, post_data(message=f"Note {n}")).status_code for n in range(3)]
    assert codes == [302, 302, 302]
    response = client.post(submit_url, post_data(message="Please keep this 텍스트 <b>"))
    assert response.status_code == 429
    assert int(response["Retry-After"]) >= 1
    html = response.content.decode()
    assert "Please keep this 텍스트 &lt;b&gt;</textarea>" in html
    assert "send it again" in html
    assert Feedback.objects.count() == 3


@override_settings(FEEDBACK_RATES="3/m", FEEDBACK_SITE_RATE="100/m")
def test_another_client_is_not_limited_by_the_first(client, submit_url, post_data):
    for n in range(4):
        client.post(submit_url, post_data(message=f"Note {n}"), REMOTE_ADDR="10.0.0.1")
    response = client.post(submit_url, post_data(), REMOTE_ADDR="10.0.0.2")
    assert response.status_code == 302


@override_settings(FEEDBACK_RATES="100/m", FEEDBACK_SITE_RATE="4/m")
def test_site_wide_ceiling_caps_many_clients(client, submit_url, post_data):
    codes = [client.post(submit_url, post_data(), REMOTE_ADDR=f"10.0.1.{n}", **JSON).status_code for n in range(6)]
    assert codes == [201] * 4 + [429] * 2
    assert Feedback.objects.count() == 4


@override_settings(FEEDBACK_RATES="1/m", FEEDBACK_SITE_RATE="100/m")
def test_script_gets_429_as_json(client, submit_url, post_data):
    client.post(submit_url, post_data(), **JSON)
    response = client.post(submit_url, post_data(message="again"), **JSON)
    assert response.status_code == 429
    assert "send it again" in response.json()["error"]


def test_retried_post_with_the_same_token_is_stored_once(client, submit_url, post_data):
    data = post_data()
    first = client.post(submit_url, data, **JSON)
    again = client.post(submit_url, data, **JSON)
    assert (first.status_code, again.status_code) == (201, 200)
    assert again.json()["created"] is False
    assert Feedback.objects.count() == 1


@override_settings(FEEDBACK_RATES="1/m", FEEDBACK_SITE_RATE="100/m")
def test_retry_of_a_stored_message_is_not_refused_by_the_rate_limit(client, submit_url, post_data):
    data = post_data()
    client.post(submit_url, data, **JSON)
    assert client.post(submit_url, data, **JSON).status_code == 200


def test_different_message_under_a_reused_token_is_stored_too(client, submit_url, post_data):
    """A page served from a shared cache could hand two readers one token;
    neither message may be lost."""
    first = post_data(message="First reader")
    second = dict(first, message="Second reader")
    client.post(submit_url, first, **JSON)
    assert client.post(submit_url, second, **JSON).status_code == 201
    assert sorted(Feedback.objects.values_list("message", flat=True)) == ["First reader", "Second reader"]
    assert Feedback.objects.values("submission_token").distinct().count() == 2


@pytest.mark.parametrize("token", ["short", "x" * 65, "has spaces in it here", ""])
def test_malformed_token_is_refused(client, submit_url, post_data, token):
    assert client.post(submit_url, post_data(token=token), **JSON).status_code == 400


@override_settings(FEEDBACK_RATES="2/m", FEEDBACK_SITE_RATE="100/m")
def test_corrections_of_an_invalid_form_do_not_use_up_the_limit(client, submit_url, post_data):
    for _ in range(5):
        assert client.post(submit_url, post_data(email="typo@"), **JSON).status_code == 400
    assert client.post(submit_url, post_data(email="reader@example.com"), **JSON).status_code == 201
