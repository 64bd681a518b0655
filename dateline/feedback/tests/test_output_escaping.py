"""Readers' text is stored as plain text and shown escaped everywhere: the
reader's error page, the inbox, the item page and the CSV."""

import pytest
from django.test import override_settings

from dateline.feedback.models import Feedback

pytestmark = pytest.mark.django_db

PAYLOAD = '<script>alert("x")</script><img src=x onerror=alert(1)>'
EMAIL_PAYLOAD = '"<script>alert(1)</script>"@example.com'


@pytest.fixture
def hostile(client, submit_url, post_data):
    response = client.post(
        submit_url, post_data(message=PAYLOAD, paragraph="1", quote=PAYLOAD), HTTP_ACCEPT="application/json"
    )
    assert response.status_code == 201
    fb = Feedback.objects.get()
    # Stored exactly as typed: escaping happens on output, once.
    assert fb.message == PAYLOAD and fb.quote == PAYLOAD
    Feedback.objects.filter(pk=fb.pk).update(email=EMAIL_PAYLOAD)
    return fb


def assert_escaped(html):
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert "&lt;script&gt;alert(" in html


def test_error_page_escapes_message_email_and_quote(client, submit_url, post_data):
    response = client.post(
        submit_url, post_data(message=PAYLOAD, email=EMAIL_PAYLOAD, paragraph="1", quote=PAYLOAD, category="nonsense")
    )
    assert response.status_code == 400
    assert_escaped(response.content.decode())


@override_settings(FEEDBACK_RATES="0/m")
def test_rate_limit_page_escapes_what_it_gives_back(client, submit_url, post_data):
    response = client.post(submit_url, post_data(message=PAYLOAD, quote=PAYLOAD, paragraph="1"))
    assert response.status_code == 429
    assert_escaped(response.content.decode())


def test_inbox_list_escapes_the_message(client, desk_user, hostile):
    client.force_login(desk_user)
    assert_escaped(client.get("/feedback/inbox/").content.decode())


def test_item_page_escapes_message_quote_and_email(client, desk_user, hostile):
    client.force_login(desk_user)
    html = client.get(f"/feedback/inbox/{hostile.pk}/").content.decode()
    assert_escaped(html)
    assert "&#34;&lt;script&gt;alert(1)&lt;/script&gt;&#34;@example.com" in html


def test_internal_note_is_escaped(client, desk_user, hostile):
    client.force_login(desk_user)
    client.post(f"/feedback/inbox/{hostile.pk}/", {"status": "new", "assignee": "", "note": PAYLOAD})
    assert_escaped(client.get(f"/feedback/inbox/{hostile.pk}/").content.decode())
