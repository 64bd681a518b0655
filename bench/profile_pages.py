"""Where a reader page's time goes, in-process.

Builds the benchmark's archive (10,000 stories, SQLite, production settings,
DEBUG off) in a scratch folder, then calls the WSGI application directly (no
HTTP, no test client) for `/robots.txt` (a trivial view through the whole
middleware stack: the baseline), an article page, the home page and a
section page. It prints milliseconds per request, taken in turns so every
page sees the same load, and with --profile a cProfile of each page split
into parts: middleware, the view's queries, building the cards or context,
the templates.

    python bench/profile_pages.py [--stories 10000] [--requests 300] [--profile] [--data DIR]

--data reuses (or creates) an archive in DIR, so two checkouts can be
measured on the same database, one after the other, in turns.
"""

import argparse
import cProfile
import io
import os
import pstats
import secrets
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

# Parts of a request, by the functions whose cumulative time they are. Each
# is measured as the cumulative time of the outermost call (recursion and
# nesting are counted once by cProfile's cumulative figure).
PARTS = {
    "queries (SQL, rows, conversions)": [
        ("django/db/models/sql/compiler.py", "execute_sql"),
        ("django/db/models/sql/compiler.py", "results_iter"),
        ("dateline/core/prepared.py", "get"),
        ("dateline/core/prepared.py", "rows"),
        ("dateline/core/prepared.py", "run"),
    ],
    "templates (Jinja2 render)": [("jinja2/environment.py", "render")],
}


def environ(path):
    return {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": path,
        "QUERY_STRING": "",
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "8000",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_HOST": "127.0.0.1",
        "wsgi.version": (1, 0),
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(),
        "wsgi.errors": sys.stderr,
        "wsgi.multithread": False,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
    }


def call(app, path):
    status = []
    body = b"".join(app(environ(path), lambda s, h, exc_info=None: status.append(s)))
    if not status[0].startswith("200"):
        raise SystemExit(f"{path} answered {status[0]}")
    return body


def cumulative(stats, file_suffix, name):
    total = 0.0
    for (filename, _line, func), (_cc, _nc, _tt, ct, _callers) in stats.stats.items():
        if func == name and filename.endswith(file_suffix):
            total += ct
    return total


def profile(app, path, requests):
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(requests):
        call(app, path)
    profiler.disable()
    stats = pstats.Stats(profiler)
    total = cumulative(stats, "django/core/handlers/wsgi.py", "__call__")
    view = cumulative(stats, "django/core/handlers/base.py", "_get_response")
    shares = {"middleware and handler (outside the view)": total - view}
    for part, functions in PARTS.items():
        shares[part] = sum(cumulative(stats, f, n) for f, n in functions)
    shares["the rest of the view"] = view - sum(v for k, v in shares.items() if k in PARTS)
    print(f"\n{path}: {total / requests * 1000:.2f} ms per request under the profiler")
    for part, seconds in shares.items():
        print(f"  {part:<44}{seconds / total * 100:>6.1f} %")
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(18)
    print(out.getvalue())


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--profile", action="store_true", help="also print a profile of each page")
    parser.add_argument("--data", help="archive folder to reuse or create (default: a scratch folder)")
    args = parser.parse_args()
    data = Path(args.data) if args.data else Path(tempfile.mkdtemp(prefix="dateline-bench-"))
    data.mkdir(parents=True, exist_ok=True)
    os.environ.update(
        DJANGO_SETTINGS_MODULE="dateline.settings.production",
        DATELINE_DATA_DIR=str(data),
        STATIC_ROOT=str(data / "static"),
        SECRET_KEY=secrets.token_urlsafe(48),
        DEBUG="0",
        SECURE_COOKIES="0",
        DATELINE_TLS="0",
        ALLOWED_HOSTS="127.0.0.1",
        DATABASE_URL="",
    )
    os.environ.pop("REDIS_URL", None)
    sys.path.insert(0, str(REPO))
    import django

    django.setup()
    from django.core.management import call_command
    from django.core.wsgi import get_wsgi_application

    from dateline.stories.models import Story

    call_command("migrate", verbosity=0, interactive=False)
    if not Story.objects.exists():
        call_command("collectstatic", verbosity=0, interactive=False)
        print(f"generating {args.stories} stories ...", flush=True)
        call_command("demo-data", stories=args.stories, verbosity=0)
    app = get_wsgi_application()
    listed = Story.objects.listed().order_by("id")
    middle = listed[listed.count() // 2]
    pages = {
        "robots.txt (baseline)": "/robots.txt",
        "article page": middle.get_absolute_url(),
        "home page": "/",
        "section page": middle.section.get_absolute_url(),
    }
    for path in pages.values():
        for _ in range(20):  # warm: compiled queries, templates, caches
            call(app, path)
    samples = {name: [] for name in pages}
    for _ in range(args.requests):
        for name, path in pages.items():
            start = time.perf_counter()
            call(app, path)
            samples[name].append(time.perf_counter() - start)
    base = statistics.median(samples["robots.txt (baseline)"])
    print(
        f"\n{Story.objects.count()} stories, median of {args.requests} requests in turns, load {os.getloadavg()[0]:.1f}"
    )
    print(f"{'':24}{'ms':>8}{'x baseline':>12}")
    for name, values in samples.items():
        median = statistics.median(values)
        print(f"{name:24}{median * 1000:>8.3f}{median / base:>12.2f}")
    if args.profile:
        for name, path in pages.items():
            if name != "robots.txt (baseline)":
                profile(app, path, args.requests)


if __name__ == "__main__":
    main()
