"""Work run after a change, in a background thread: it runs, its failure is
logged rather than lost or raised into the change, and a process can wait
for it."""

import logging
import threading

from dateline.core import background


def test_the_work_runs_in_another_thread():
    seen = []
    thread = background.run_in_background("test-work", lambda x: seen.append((x, threading.current_thread().name)), 7)
    thread.join(5)
    assert seen == [(7, "test-work")]
    assert thread not in background._running  # forgotten once done


def test_a_failure_is_logged_not_raised(caplog):
    def fails(pk):
        raise RuntimeError("the cache is down")

    with caplog.at_level(logging.ERROR, logger="dateline.core.background"):
        background.run_in_background("test-fail", fails, 42)
        background.wait_for_all(5)
    assert "fails(42,) failed" in caplog.text and "the cache is down" in caplog.text


def test_wait_for_all_waits_for_running_work():
    release = threading.Event()
    done = []

    def slow():
        release.wait(5)
        done.append(True)

    background.run_in_background("test-slow", slow)
    release.set()
    background.wait_for_all(5)
    assert done == [True]
