"""What a rate-limit check and a sign-in's protection cost, per store.

Measures in one run, in-process:
  (a) `check_rate` with one rate on the old per-process memory counter (the
      local-memory cache): the baseline;
  (b) the same on the SQLite counter file (one process, then two processes
      checking the same counters at once);
  (c) the same on Redis, if REDIS_URL (or redis://127.0.0.1:6379/0) answers;
  (d) a trivial request through the whole middleware stack (/robots.txt), for
      scale: what a page costs before it does any work;
  (e) the sign-in protection of one try (`signin.begin`, four counters and a
      request cap) on the SQLite file, beside one Argon2 password check.
Figures are medians of several rounds, quoted as ratios to (a) and (d).

    python bench/ratelimit_bench.py [--checks 5000]
"""

import argparse
import multiprocessing
import os
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
SCRATCH = Path(tempfile.mkdtemp(prefix="dateline-ratelimit-bench-"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dateline.settings")
os.environ["DATELINE_DATA_DIR"] = str(SCRATCH)
os.environ.pop("REDIS_URL", None)

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.test import RequestFactory, override_settings  # noqa: E402

from dateline.core.ratelimit import check_rate  # noqa: E402

REDIS = os.environ.get("DATELINE_BENCH_REDIS_URL", "redis://127.0.0.1:6379/0")
ROUNDS = 5


def per_check_us(n, scope="bench"):
    """Microseconds per check_rate call, median of ROUNDS rounds of n calls."""
    times = []
    for _round in range(ROUNDS):
        start = time.perf_counter()
        for i in range(n):
            check_rate(scope, f"client{i % 50}", "1000000/m")
        times.append((time.perf_counter() - start) / n * 1e6)
    return statistics.median(times)


def _worker(args):
    n, file = args
    with override_settings(DATELINE_COUNTERS="sqlite", DATELINE_COUNTERS_FILE=file):
        return per_check_us(n, "bench-two")


def sqlite_two_processes(n, file):
    with multiprocessing.get_context("fork").Pool(2) as pool:
        return statistics.mean(pool.map(_worker, [(n, file)] * 2))


def redis_available():
    try:
        import redis

        redis.Redis.from_url(REDIS, socket_connect_timeout=1).ping()
        return True
    except Exception:
        return False


def trivial_request_us(n):
    from django.test import Client

    client = Client()
    client.get("/robots.txt")
    times = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        for _ in range(n):
            client.get("/robots.txt")
        times.append((time.perf_counter() - start) / n * 1e6)
    return statistics.median(times)


def signin_us(n):
    from dateline.newsroom import signin

    factory = RequestFactory()
    requests = [factory.post("/newsroom/login/", REMOTE_ADDR=f"198.51.{i // 250}.{i % 250}") for i in range(n)]
    times = []
    for round_ in range(ROUNDS):
        start = time.perf_counter()
        for i, request in enumerate(requests):
            attempt = signin.begin(request, f"user{round_}-{i}")
            attempt.succeeded()
        times.append((time.perf_counter() - start) / n * 1e6)
    return statistics.median(times)


def argon2_us():
    from django.contrib.auth.hashers import Argon2PasswordHasher

    hasher = Argon2PasswordHasher()
    encoded = hasher.encode("correct horse battery staple", hasher.salt())
    times = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        hasher.verify("wrong password", encoded)
        times.append((time.perf_counter() - start) * 1e6)
    return statistics.median(times)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--checks", type=int, default=5000)
    n = parser.parse_args().checks
    file = SCRATCH / "counters.sqlite3"
    rows = []
    with override_settings(
        DATELINE_COUNTERS="cache",
        CACHES={"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "bench"}},
    ):
        memory = per_check_us(n)
    rows.append(("(a) memory counter, one process (baseline)", memory))
    with override_settings(DATELINE_COUNTERS="sqlite", DATELINE_COUNTERS_FILE=file):
        rows.append(("(b) SQLite counter file, one process", per_check_us(n)))
    rows.append(("(b) SQLite counter file, two processes at once", sqlite_two_processes(n, file)))
    if redis_available():
        with override_settings(
            DATELINE_COUNTERS="cache",
            DATELINE_COUNTERS_CACHE="bench-redis",
            CACHES={
                **settings.CACHES,
                "bench-redis": {
                    "BACKEND": "django.core.cache.backends.redis.RedisCache",
                    "LOCATION": REDIS,
                    "KEY_PREFIX": f"bench-{uuid.uuid4().hex}",
                },
            },
        ):
            rows.append(("(c) Redis", per_check_us(n)))
    else:
        rows.append(("(c) Redis: not reachable, skipped", None))
    with override_settings(DATELINE_COUNTERS="sqlite", DATELINE_COUNTERS_FILE=file, ALLOWED_HOSTS=["testserver"]):
        trivial = trivial_request_us(max(200, n // 10))
        rows.append(("(d) trivial request through the middleware", trivial))
        rows.append(("(e) sign-in protection of one try, SQLite file", signin_us(max(200, n // 10))))
    rows.append(("(e) one Argon2 password check", argon2_us()))

    print(f"{'':52} {'µs':>9} {'× (a)':>8} {'× (d)':>8}")
    for label, value in rows:
        if value is None:
            print(label)
            continue
        print(f"{label:52} {value:9.1f} {value / memory:8.2f} {value / trivial:8.3f}")


if __name__ == "__main__":
    try:
        main()
    finally:
        shutil.rmtree(SCRATCH, ignore_errors=True)
