"""Rate limits hold exactly across the worker processes of one machine (the
SQLite counter file) and across machines (Redis): increments are atomic, so
no count is lost and no process slips past a limit."""

import multiprocessing
import threading

import pytest

from dateline.core import counters
from dateline.core.ratelimit import check_rate

NOW = 1_000_000.0  # one fixed window for every process
WORKERS = 4
TRIES = 40


def _allowed_in_this_process(tries):
    # Runs in a forked worker: the settings (and the store chosen) are the parent's.
    return sum(check_rate("across", "one-client", "50/m", now=NOW).allowed for _ in range(tries))


def _claims_in_this_process(_):
    return counters.store().claim("one-gate", NOW + 30, NOW)[0]


def _in_processes(function, args):
    context = multiprocessing.get_context("fork")
    with context.Pool(WORKERS) as pool:
        return pool.map(function, args)


def test_a_limit_holds_exactly_across_processes(shared_counters):
    allowed = _in_processes(_allowed_in_this_process, [TRIES] * WORKERS)
    assert sum(allowed) == 50, allowed  # 160 tries, exactly the limit let through


def test_one_process_of_many_gets_a_claim(shared_counters):
    assert sorted(_in_processes(_claims_in_this_process, range(WORKERS))) == [False] * (WORKERS - 1) + [True]


def test_threads_lose_no_count(shared_counters):
    start = threading.Barrier(8)

    def hammer():
        start.wait()
        for _ in range(50):
            shared_counters.hit("threads", 60, NOW)

    threads = [threading.Thread(target=hammer) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert shared_counters.hit("threads", 60, NOW, delta=0)[0] == 400


def test_counts_give_back_and_restart_with_the_window(shared_counters):
    assert shared_counters.hit("w", 60, NOW) == (1, NOW - NOW % 60 + 60)
    assert shared_counters.hit("w", 60, NOW)[0] == 2
    assert shared_counters.hit("w", 60, NOW, delta=-1)[0] == 1
    assert shared_counters.hit("w", 60, NOW, delta=0)[0] == 1
    assert shared_counters.hit("w", 60, NOW + 60)[0] == 1  # the next window starts afresh


def test_a_claim_is_held_until_its_time_then_free(shared_counters):
    assert shared_counters.claim("gate", NOW + 5, NOW) == (True, NOW + 5)
    claimed, until = shared_counters.claim("gate", NOW + 9, NOW + 1)
    assert not claimed and until == pytest.approx(NOW + 5)
    shared_counters.release("gate")
    assert shared_counters.claim("gate", NOW + 9, NOW + 1)[0]


def test_an_unwritable_store_lets_readers_through_and_says_so(settings, tmp_path, caplog):
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("")
    settings.DATELINE_COUNTERS = "sqlite"
    settings.DATELINE_COUNTERS_FILE = blocker / "counters.sqlite3"
    assert all(check_rate("ro", "client", "1/m", now=NOW).allowed for _ in range(3))
    assert "rate limit ro not checked" in caplog.text
