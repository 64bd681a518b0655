"""Search benchmark: index size and time, and search latency at scale.

Run against a scratch archive, never the repository's data:

    export DATELINE_DATA_DIR=/tmp/dateline-1m            # SQLite (or DATABASE_URL=postgres://...)
    .venv/bin/dateline migrate
    .venv/bin/dateline demo-data --stories 1000000
    .venv/bin/python bench/search_cjk_corpus.py --stories 30000
    .venv/bin/python bench/search_bench.py --reindex --repeat 5

It reports `dateline reindex` time and index size, then latency p50/p95/p99
of the backend's search() and of the whole search page (form, search, story
loading, highlighting, template) over a fixed query mix: one-word, two-word,
phrase, prefix (four and six letters), filtered (section + one-year range + byline), date-sorted
and CJK. The mix is drawn with a fixed seed from the demo generator's word
banks, so every run asks the same questions.
"""

import argparse
import json
import os
import random
import resource
import statistics
import sys
import time
from datetime import date

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dateline.settings")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402

from dateline.search.backends import get_backend  # noqa: E402
from dateline.search.query import SearchQuery  # noqa: E402
from dateline.stories.demo import wordbank as wb  # noqa: E402
from dateline.stories.models import Story  # noqa: E402
from dateline.threads.similarity import STOPWORDS  # noqa: E402

CJK_QUERIES = [
    "종전선언",
    "반도체 수출",
    "이산가족",
    "최저임금",
    "부동산 대책",
    "통일부",
    "청년 일자리",
    "미세먼지",
    "北京",
    "半导体出口",
    "人工智能",
    "经济增长",
    "首脳会談",
    "円安対策",
    "防災計画",
    "賃上げ",
    '"남북 이산가족 상봉"',
    "한국은행",
    "外交部",
    "観光客",
]


def query_mix(seed=42):
    rng = random.Random(seed)
    vocab, phrases = set(), []
    for bank in wb.SECTIONS.values():
        for field in ("topics", "orgs", "concerns"):
            for text in bank[field]:
                tokens = [w.strip("'\",").lower() for w in text.split()]
                vocab.update(t for t in tokens if len(t) > 4 and t.isalpha() and t not in STOPWORDS)
                content = [t for t in text.split() if t.lower() not in ("the", "a", "an")]
                if len(content) >= 2:
                    phrases.append(" ".join(content))
    vocab = sorted(vocab)
    phrases = sorted(set(phrases))
    sections = list(wb.SECTIONS)
    names = sorted({f"{s} {g}" for s in wb.SURNAMES[:10] for g in wb.GIVEN_NAMES[:10]})
    this_year = date.today().year
    mix = {
        "one-word": [dict(text=w) for w in rng.sample(vocab, 20)],
        "two-word": [dict(text=" ".join(rng.sample(vocab, 2))) for _ in range(20)],
        "phrase": [dict(text=f'"{p}"') for p in rng.sample(phrases, 20)],
        "prefix": [dict(text=w[:4] + "*") for w in rng.sample(vocab, 20)],
        "filtered": [
            dict(text=rng.choice(vocab), section=rng.choice(sections), date_from=date(y, 1, 1), date_to=date(y, 12, 31))
            for y in (rng.randint(this_year - 4, this_year) for _ in range(15))
        ]
        + [dict(text=rng.choice(vocab), byline=rng.choice(names)) for _ in range(5)],
        "date-sorted": [dict(text=w, sort="date") for w in rng.sample(vocab, 20)],
        "cjk": [dict(text=q) for q in CJK_QUERIES],
    }
    # Added later with its own seed, so the kinds above ask what they always asked.
    long_words = [v for v in vocab if len(v) > 6]
    mix["long prefix"] = [dict(text=w[:6] + "*") for w in random.Random(seed + 1).sample(long_words, 20)]
    return mix


def percentiles(samples):
    samples = sorted(samples)

    def pick(p):
        return samples[min(len(samples) - 1, int(round(p / 100 * (len(samples) - 1))))]

    return {"p50": pick(50), "p95": pick(95), "p99": pick(99), "mean": statistics.fmean(samples), "n": len(samples)}


def params_for(spec):
    out = {}
    for key, value in spec.items():
        out["q" if key == "text" else key] = value.isoformat() if isinstance(value, date) else value
    return out


def storage():
    """Page size, index pages and the whole database's size."""
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("PRAGMA page_size")
            page = cursor.fetchone()[0]
            cursor.execute("PRAGMA page_count")
            database = cursor.fetchone()[0] * page
        else:
            cursor.execute("SELECT current_setting('block_size')::int, pg_database_size(current_database())")
            page, database = cursor.fetchone()
    return {"page_bytes": page, "database_bytes": database}


def baseline(rounds=300):
    pk = Story.objects.order_by("-id").values_list("id", flat=True).first()
    samples = []
    for _ in range(rounds):
        started = time.perf_counter()
        Story.objects.filter(pk=pk).values_list("public_id", flat=True).first()
        samples.append((time.perf_counter() - started) * 1000)
    return percentiles(samples)


def main():
    parser = argparse.ArgumentParser(description="Dateline search benchmark")
    parser.add_argument("--reindex", action="store_true", help="time `dateline reindex` first")
    parser.add_argument("--repeat", type=int, default=5, help="times each query of the mix runs (default 5)")
    parser.add_argument("--json", help="also write the figures to this file")
    parser.add_argument("--slowest", type=int, default=10, help="list this many slowest queries (default 10)")
    args = parser.parse_args()

    backend = get_backend()
    report = {"backend": backend.name, "database": connection.vendor, "stories": Story.objects.listed().count()}
    if args.reindex:
        started = time.perf_counter()
        call_command("reindex", "--no-progress", verbosity=0)
        report["reindex_seconds"] = round(time.perf_counter() - started, 1)
    report["indexed"] = backend.count()
    report["index_bytes"] = backend.size_bytes()
    report.update(storage())

    # The same-run baseline: a primary-key lookup of one story through the
    # ORM on the same connection. The machine is shared, so figures are
    # compared as multiples of it rather than across runs.
    report["baseline_ms"] = baseline()
    mix = query_mix()
    client = Client()
    settings.DATELINE_SEARCH_RATE = "1000000/m"
    settings.ALLOWED_HOSTS = ["*"]
    results = {}
    engine_all, page_all, slow = [], [], []
    for kind, specs in mix.items():
        engine, page, hits = [], [], []
        for spec in specs:  # warm-up: first touch of each query's pages
            backend.search(SearchQuery(**spec))
        for _ in range(args.repeat):
            for spec in specs:
                started = time.perf_counter()
                found = backend.search(SearchQuery(**spec))
                engine.append((time.perf_counter() - started) * 1000)
                slow.append((engine[-1], kind, spec))
                hits.append(found.total)
                started = time.perf_counter()
                response = client.get("/search/", params_for(spec))
                page.append((time.perf_counter() - started) * 1000)
                assert response.status_code == 200, (spec, response.status_code)
        results[kind] = {
            "engine_ms": percentiles(engine),
            "page_ms": percentiles(page),
            "median_matches": statistics.median(hits),
            "zero_match_queries": sum(1 for h in hits if not h) // args.repeat,
        }
        engine_all += engine
        page_all += page
    results["all"] = {"engine_ms": percentiles(engine_all), "page_ms": percentiles(page_all)}
    report["latency"] = results
    report["max_rss_mib"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)

    print(
        f"backend {report['backend']} on {report['database']}: {report['stories']:,} listed stories, "
        f"{report['indexed']:,} indexed"
        + (
            f", index {report['index_bytes'] / 2**20:,.0f} MiB "
            f"({report['index_bytes'] // report['page_bytes']:,} pages of "
            f"{report['page_bytes']:,} bytes)"
            if report["index_bytes"]
            else ""
        )
        + f"; whole database {report['database_bytes'] / 2**20:,.0f} MiB"
    )
    if "reindex_seconds" in report:
        print(f"reindex: {report['reindex_seconds']} s")
    print(
        f"{'query kind':<12} {'engine p50':>10} {'p95':>7} {'p99':>7} | {'page p50':>8} {'p95':>7} {'p99':>7} | median matches"
    )
    for kind, r in results.items():
        e, p = r["engine_ms"], r["page_ms"]
        print(
            f"{kind:<12} {e['p50']:>10.1f} {e['p95']:>7.1f} {e['p99']:>7.1f} | {p['p50']:>8.1f} {p['p95']:>7.1f} "
            f"{p['p99']:>7.1f} | {r.get('median_matches', '')}"
        )
    base = report["baseline_ms"]["p50"]
    print(
        f"baseline (one story by primary key): p50 {base:.2f} ms; the mix's engine p50 / p95 = "
        f"{results['all']['engine_ms']['p50'] / base:,.1f}x / {results['all']['engine_ms']['p95'] / base:,.1f}x of it"
    )
    print(f"max RSS of this process: {report['max_rss_mib']} MiB")
    if args.slowest:
        print("slowest queries (engine ms):")
        for ms, kind, spec in sorted(slow, key=lambda x: -x[0])[: args.slowest]:
            print(f"  {ms:8.1f}  {kind:<12} {params_for(spec)}")
    report["slowest"] = [
        (round(ms, 1), kind, params_for(spec)) for ms, kind, spec in sorted(slow, key=lambda x: -x[0])[:50]
    ]
    if args.json:
        with open(args.json, "w") as fh:
            json.dump(report, fh, indent=2, default=str)


if __name__ == "__main__":
    main()
