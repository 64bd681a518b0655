"""On PostgreSQL each process shares a bounded pool of connections between
its threads: many concurrent readers never hold more than DB_POOL_MAX_SIZE
connections, and each of them is served."""

import os
import subprocess
import sys
import textwrap
import threading
import time
import uuid

import pytest
from django.db import connection

pytestmark = pytest.mark.django_db(transaction=True)

READERS = textwrap.dedent("""
    import threading, django
    django.setup()
    from django.db import connection, connections
    done = []

    def read():
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_sleep(0.4)")
        done.append(1)
        connections.close_all()  # back to the pool, as at the end of a request

    threads = [threading.Thread(target=read) for _ in range(12)]
    [t.start() for t in threads]
    [t.join() for t in threads]
    print(len(done))
""")


def test_twelve_concurrent_readers_share_two_connections():
    if connection.vendor != "postgresql":
        pytest.skip("DATABASE_URL does not point at PostgreSQL")
    name = f"dateline-pool-{uuid.uuid4().hex[:8]}"
    settings = connection.settings_dict
    url = (
        f"postgres://{settings['USER']}@{settings['HOST']}:{settings['PORT'] or 5432}/{settings['NAME']}"
        f"?application_name={name}"
    )
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "DB_POOL_MAX_SIZE": "2",
        "DB_POOL_MIN_SIZE": "1",
        "DJANGO_SETTINGS_MODULE": "dateline.settings",
    }
    peak, stop = [0], threading.Event()

    def watch():
        with connection.cursor() as cursor:
            while not stop.is_set():
                cursor.execute("SELECT count(*) FROM pg_stat_activity WHERE application_name = %s", [name])
                peak[0] = max(peak[0], cursor.fetchone()[0])
                time.sleep(0.02)
        connection.close()

    watcher = threading.Thread(target=watch)
    watcher.start()
    try:
        result = subprocess.run([sys.executable, "-c", READERS], env=env, capture_output=True, text=True, timeout=120)
    finally:
        stop.set()
        watcher.join()
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "12"
    assert 1 <= peak[0] <= 2, peak[0]
