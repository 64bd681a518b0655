"""The shared rate limiter counts per client and site-wide, in fixed windows,
and the decorator answers 429 with Retry-After; on each shared counter store
(the SQLite file of one machine, and Redis)."""

import pytest
from django.http import HttpResponse
from django.test import RequestFactory

from dateline.core.ratelimit import Rate, check_rate, parse_rates, rate_limited

pytestmark = pytest.mark.usefixtures("shared_counters")


def test_rate_parse_reads_units_and_multiples():
    assert Rate.parse("5/m") == Rate(5, 60)
    assert Rate.parse("50/d") == Rate(50, 86400)
    assert Rate.parse("100/10m") == Rate(100, 600)
    assert parse_rates("5/m, 50/d") == [Rate(5, 60), Rate(50, 86400)]


@pytest.mark.parametrize("bad", ["5", "x/m", "5/y", "5/", "-1/m"])
def test_rate_parse_refuses_nonsense(bad):
    with pytest.raises(ValueError):
        Rate.parse(bad)


def test_client_is_refused_after_its_limit_within_the_window():
    now = 1_000_000.0
    results = [check_rate("t", "1.2.3.4", "3/m", now=now).allowed for _ in range(5)]
    assert results == [True, True, True, False, False]


def test_other_clients_keep_their_own_allowance():
    now = 1_000_000.0
    for _ in range(4):
        check_rate("t", "1.2.3.4", "3/m", now=now)
    assert check_rate("t", "5.6.7.8", "3/m", now=now).allowed


def test_the_next_window_allows_again():
    now = 1_000_020.0  # 1_000_020 // 60 starts a fresh minute 40 s later
    for _ in range(3):
        check_rate("t", "a", "3/m", now=now)
    assert not check_rate("t", "a", "3/m", now=now).allowed
    assert check_rate("t", "a", "3/m", now=now + 60).allowed


def test_refusal_says_how_long_until_the_window_resets():
    now = 600.0 + 45  # 15 s left in this minute
    check_rate("t", "a", "1/m", now=now)
    decision = check_rate("t", "a", "1/m", now=now)
    assert (decision.allowed, decision.scope, decision.retry_after) == (False, "client", 15)


def test_daily_limit_applies_beside_the_minute_limit():
    now = 86400.0 * 100
    allowed = 0
    for minute in range(10):
        for _ in range(5):
            allowed += check_rate("t", "a", "5/m,12/d", now=now + minute * 60).allowed
    assert allowed == 12


def test_site_ceiling_caps_many_clients_together():
    now = 1_000_000.0
    allowed = [check_rate("t", f"10.0.0.{n}", "5/m", ceiling="4/m", now=now) for n in range(6)]
    assert [d.allowed for d in allowed] == [True] * 4 + [False] * 2
    assert allowed[-1].scope == "site"


def test_a_client_over_its_own_limit_does_not_use_up_the_ceiling():
    now = 1_000_000.0
    for _ in range(10):
        check_rate("t", "flooder", "2/m", ceiling="5/m", now=now)
    # The flooder got 2 through; 3 of the ceiling's 5 remain for others.
    others = [check_rate("t", f"reader{n}", "2/m", ceiling="5/m", now=now).allowed for n in range(4)]
    assert others == [True, True, True, False]


def test_scopes_do_not_share_counters():
    now = 1_000_000.0
    check_rate("comments", "a", "1/m", now=now)
    assert check_rate("feedback", "a", "1/m", now=now).allowed


def test_decorator_answers_429_with_retry_after_and_leaves_gets_alone():
    rf = RequestFactory()

    @rate_limited("deco", "2/m")
    def view(request):
        return HttpResponse("ok")

    codes = [view(rf.post("/", REMOTE_ADDR="10.1.1.1")).status_code for _ in range(3)]
    assert codes == [200, 200, 429]
    refused = view(rf.post("/", REMOTE_ADDR="10.1.1.1"))
    assert int(refused["Retry-After"]) >= 1
    assert view(rf.get("/", REMOTE_ADDR="10.1.1.1")).status_code == 200


def test_decorator_reads_callable_rates_per_request():
    rf = RequestFactory()
    current = {"rate": "1/m"}

    @rate_limited("deco2", lambda: current["rate"])
    def view(request):
        return HttpResponse("ok")

    assert view(rf.post("/")).status_code == 200
    assert view(rf.post("/")).status_code == 429
    current["rate"] = "10/m"
    assert view(rf.post("/")).status_code == 200
