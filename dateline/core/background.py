"""Work done after a change commits, off the request: a daemon thread with
its own database connection, whose failure is logged and never reaches the
change that started it. A process that ends (a command) waits for the
threads still running, each up to its own limit, so no work is lost."""

import atexit
import logging
import threading
import time
from collections.abc import Callable

from django.db import connection

logger = logging.getLogger(__name__)

# Threads still running, with how long the process may wait for each at exit.
_running: dict[threading.Thread, float] = {}


@atexit.register
def _wait_at_exit() -> None:
    for thread, limit in list(_running.items()):
        thread.join(timeout=limit)


def run_in_background(
    name: str, work: Callable[..., object], *args: object, wait_at_exit: float = 30
) -> threading.Thread:
    """Start `work(*args)` in a daemon thread named `name`."""
    thread = threading.Thread(target=_run, args=(work, args), daemon=True, name=name)
    _running[thread] = wait_at_exit
    thread.start()
    return thread


def _run(work: Callable[..., object], args: tuple[object, ...]) -> None:
    try:
        work(*args)
    except Exception:  # a thread's exception would only reach stderr
        logger.exception("%s%r failed", getattr(work, "__name__", work), args)
    finally:
        connection.close()
        _running.pop(threading.current_thread(), None)


def wait_for_all(timeout: float = 30) -> None:
    """Wait for every background thread (tests, and commands that report on their work)."""
    deadline = time.monotonic() + timeout
    for thread in list(_running):
        thread.join(timeout=max(0.0, deadline - time.monotonic()))
