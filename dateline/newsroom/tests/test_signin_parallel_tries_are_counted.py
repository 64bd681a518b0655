"""Thirty wrong passwords sent at once for one account: every try is counted
before its password is checked, so only the allowance is checked and the
count is exact, in the SQLite counter file and in Redis."""

import threading
import time

import pytest
from django.db import connection
from django.test import Client, RequestFactory

from dateline.newsroom import signin
from dateline.newsroom.models import AuditLog

from .conftest import sign_in

TRIES = 30
ADDRESS = "198.51.100.30"


def _at_once(function, n=TRIES):
    start, errors = threading.Barrier(n), []

    def run():
        try:
            start.wait()
            function()
        except Exception as error:  # surfaced by the assertion in the test
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == []


def test_parallel_tries_are_each_counted_and_only_the_allowance_is_checked(shared_counters):
    checked, lock = [], threading.Lock()
    request = RequestFactory().post("/newsroom/login/", REMOTE_ADDR=ADDRESS)

    def try_a_wrong_password():
        attempt = signin.begin(request, "eddie")
        if isinstance(attempt, signin.Attempt):
            time.sleep(0.05)  # the password check, while the others arrive
            with lock:
                checked.append(attempt)
            attempt.failed()

    _at_once(try_a_wrong_password)
    rule = signin.Rule.named("pair")
    # Three tries, then one more through the waiting gate; the rest refused unchecked.
    assert len(checked) == rule.slow_after + 1
    count, _ = shared_counters.hit(signin.pair_key("eddie", ADDRESS), signin.window(), time.time(), delta=0)
    assert count == len(checked)


@pytest.mark.django_db(transaction=True)
def test_parallel_wrong_passwords_through_the_sign_in_page(shared_counters, editor, monkeypatch):
    if connection.vendor == "sqlite" and connection.is_in_memory_db():
        pytest.skip("needs a database that queues concurrent writers (PostgreSQL)")
    from dateline.newsroom.views import account

    checks, real_authenticate = [], account.authenticate

    def counting_authenticate(*args, **kwargs):
        checks.append(1)
        return real_authenticate(*args, **kwargs)

    monkeypatch.setattr(account, "authenticate", counting_authenticate)
    _at_once(lambda: sign_in(Client(), "eddie", "wrong", ADDRESS))
    # The allowance, and at most one more through the waiting gate: whether
    # that one gets in depends on whether the third failure has shut the gate
    # before it arrives (here the password check is fast). Never more.
    allowance = signin.Rule.named("pair").slow_after
    assert allowance <= len(checks) <= allowance + 1
    assert AuditLog.objects.filter(action="login.failed").count() == len(checks)
    assert AuditLog.objects.filter(action="login.throttled").count() == TRIES - len(checks)
