"""Records keep a keyed hash of the client's address, never the address."""

import hashlib
import hmac

import pytest
from django.test import RequestFactory, override_settings

from dateline.feedback.models import Feedback
from dateline.feedback.services import client_hash

pytestmark = pytest.mark.django_db


def test_stored_record_has_a_keyed_hash_and_no_raw_address(client, submit_url, post_data):
    client.post(submit_url, post_data(), REMOTE_ADDR="203.0.113.9")
    fb = Feedback.objects.get()
    assert len(fb.client_hash) == 64
    values = [str(v) for v in Feedback.objects.values().get().values()]
    assert not any("203.0.113.9" in v for v in values)
    assert fb.client_hash != hashlib.sha256(b"203.0.113.9").hexdigest()  # not a plain, guessable hash


def test_same_client_same_hash_different_client_different_hash():
    rf = RequestFactory()
    a1, a2, b = (client_hash(rf.post("/", REMOTE_ADDR=ip)) for ip in ("10.0.0.1", "10.0.0.1", "10.0.0.2"))
    assert a1 == a2 != b


@override_settings(FEEDBACK_HASH_KEY="a-key-the-operator-chose")
def test_feedback_hash_key_setting_is_the_hmac_key():
    request = RequestFactory().post("/", REMOTE_ADDR="10.0.0.1")
    expected = hmac.new(b"a-key-the-operator-chose", b"10.0.0.1", hashlib.sha256).hexdigest()
    assert client_hash(request) == expected


def test_changing_secret_key_changes_the_derived_hash():
    request = RequestFactory().post("/", REMOTE_ADDR="10.0.0.1")
    with override_settings(SECRET_KEY="one-secret-key-" * 3):
        first = client_hash(request)
    with override_settings(SECRET_KEY="another-secret-key-" * 3):
        assert client_hash(request) != first


@override_settings(DATELINE_TRUSTED_PROXIES=1)
def test_behind_a_trusted_proxy_the_forwarded_address_is_hashed():
    rf = RequestFactory()
    via_proxy = rf.post("/", REMOTE_ADDR="10.9.9.9", HTTP_X_FORWARDED_FOR="198.51.100.4")
    direct = rf.post("/", REMOTE_ADDR="198.51.100.4")
    assert client_hash(via_proxy) == client_hash(direct)
