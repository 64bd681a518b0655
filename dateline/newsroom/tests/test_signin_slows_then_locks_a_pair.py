"""Failed sign-ins slow down, then lock, one account at one address; a correct
password forgives them. Other addresses and known browsers are not held back."""

import pytest
from django.test import Client

from dateline.newsroom.models import AuditLog

from .conftest import sign_in

HERE, ELSEWHERE = "198.51.100.7", "192.0.2.44"


@pytest.fixture
def guesser():
    return Client()


def test_after_three_failures_each_try_waits_longer(client, editor, clock):
    for _ in range(3):
        assert sign_in(client, "eddie", "wrong", HERE).status_code == 400
    early = sign_in(client, "eddie", address=HERE)
    assert early.status_code == 429 and "Wait 2 seconds" in early.content.decode()
    assert early["Retry-After"] == "2"
    clock.now += 2
    assert sign_in(client, "eddie", "wrong", HERE).status_code == 400
    clock.now += 2
    assert sign_in(client, "eddie", address=HERE).status_code == 429  # now 4 seconds
    clock.now += 2
    assert sign_in(client, "eddie", address=HERE).status_code == 302


def test_the_pair_locks_after_ten_failures_but_not_the_account(guesser, editor, clock):
    victim = Client()
    assert sign_in(victim, "eddie", address=ELSEWHERE).status_code == 302
    victim.post("/newsroom/logout/", REMOTE_ADDR=ELSEWHERE)
    refused = None
    for _ in range(40):
        response = sign_in(guesser, "eddie", "wrong", HERE)
        if response.status_code == 429 and "Try again in" in response.content.decode():
            refused = response
            break
        clock.now += int(response.get("Retry-After", 0))
    assert refused is not None, "never locked"
    assert AuditLog.objects.filter(action="login.failed", username="eddie").count() == 10
    assert int(refused["Retry-After"]) > 0
    assert sign_in(guesser, "eddie", address=HERE).status_code == 429  # the right password waits too, here
    # Where eddie has signed in before, the right password still signs in:
    assert sign_in(victim, "eddie", address="192.0.2.45").status_code == 302  # eddie's browser
    assert sign_in(Client(), "eddie", address=ELSEWHERE).status_code == 302  # eddie's address


def test_a_correct_password_forgives_the_pairs_failures(client, editor, clock):
    for _ in range(3):
        sign_in(client, "eddie", "wrong", HERE)
    clock.now += 2
    assert sign_in(client, "eddie", address=HERE).status_code == 302
    again = Client()
    assert [sign_in(again, "eddie", "wrong", HERE).status_code for _ in range(3)] == [400, 400, 400]


def test_spraying_accounts_from_one_address_is_slowed_for_that_address(editor, chief, clock):
    known = Client()
    assert sign_in(known, "chloe", address=HERE).status_code == 302  # chloe's browser, seen before
    known.post("/newsroom/logout/", REMOTE_ADDR=HERE)
    sprayer = Client()
    for n in range(10):
        assert sign_in(sprayer, f"guess{n}", "wrong", "192.0.2.99").status_code == 400
    assert sign_in(sprayer, "guess10", "wrong", "192.0.2.99").status_code == 429
    assert sign_in(Client(), "eddie", address="192.0.2.99").status_code == 429  # a new browser there waits
    assert sign_in(known, "chloe", address="192.0.2.99").status_code == 302  # a known browser does not


def test_refusals_are_audited_with_the_rule(client, editor, clock):
    for _ in range(4):
        sign_in(client, "eddie", "wrong", HERE)
    row = AuditLog.objects.get(action="login.throttled")
    assert (row.username, row.ip, row.detail["rule"], row.detail["wait"]) == ("eddie", HERE, "pair", 2)
