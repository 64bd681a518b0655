"""Nobody can lock the newsroom out: each way of doing it that once worked now
fails, and the victim still signs in with the correct password."""

import pytest
from django.test import Client

from dateline.newsroom.models import AuditLog

from .conftest import sign_in

PROXY = "127.0.0.1"
VICTIM_HOME = "203.0.113.5"


def via_proxy(address):
    """What a reverse proxy in front of the site sends for a client at `address`."""
    return {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": address}


def test_failures_behind_a_proxy_lock_only_the_guesser(editor, chief, clock, settings):
    settings.DATELINE_TRUSTED_PROXIES = 1
    attacker = Client()
    for n in range(12):
        sign_in(attacker, "eddie" if n < 3 else f"guess{n}", "wrong", **via_proxy("198.51.100.66"))
    assert sign_in(attacker, "guess99", "wrong", **via_proxy("198.51.100.66")).status_code == 429
    # Every editor is somewhere else behind the same proxy, and signs in.
    assert sign_in(Client(), "eddie", **via_proxy(VICTIM_HOME)).status_code == 302
    assert sign_in(Client(), "chloe", **via_proxy("203.0.113.9")).status_code == 302
    # The audit log has the clients' addresses, not the proxy's.
    assert set(AuditLog.objects.filter(action="login.failed").values_list("ip", flat=True)) == {"198.51.100.66"}
    assert AuditLog.objects.get(action="login", username="eddie").ip == VICTIM_HOME


def test_a_flood_from_many_addresses_does_not_refuse_a_correct_sign_in(editor, clock):
    flooder = Client()
    for n in range(610):  # more than the old site-wide ceiling of 600 a minute, from 64 addresses
        sign_in(flooder, f"user{n % 97}", "wrong", f"198.51.100.{n % 64 + 1}")
    assert sign_in(Client(), "eddie", address=VICTIM_HOME).status_code == 302


@pytest.fixture
def victims_browser(editor):
    """eddie's own browser, which signed in from eddie's usual address before the attack."""
    browser = Client()
    assert sign_in(browser, "eddie", address=VICTIM_HOME).status_code == 302
    browser.post("/newsroom/logout/", REMOTE_ADDR=VICTIM_HOME)
    return browser


def test_guessing_from_changing_addresses_does_not_lock_the_owner_out(victims_browser, clock):
    attacker = Client()
    for second in range(300):  # one wrong password a second, each from a new address
        sign_in(attacker, "eddie", "wrong", f"10.{second // 250}.{second % 250}.1")
        clock.now += 1
    checked = AuditLog.objects.filter(action="login.failed", username="eddie").count()
    assert checked < 15  # the account's guesses from new places were slowed
    # A browser that signed in before, even from a new address (travelling):
    assert sign_in(victims_browser, "eddie", address="192.0.2.200").status_code == 302
    # A new browser at an address that signed in before:
    assert sign_in(Client(), "eddie", address=VICTIM_HOME).status_code == 302
    # Only a new browser at a new address is held back while the account is under attack:
    held = sign_in(Client(), "eddie", address="192.0.2.201")
    assert held.status_code == 429 and "signed in to it before" in held.content.decode()
