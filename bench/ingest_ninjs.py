"""Ingest throughput: 10,000 ninjs items into the Incoming queue on SQLite.

Sets up a fresh SQLite database in a scratch folder, migrates it, writes
10,000 ninjs 2.1 items as files of 100 (each well under the 5 MB limit),
and times `ingest_bytes` over them, the path `dateline ingest` and
`dateline poll-feeds` take. Prints items a second; the goal is >= 500.

    python bench/ingest_ninjs.py [--items 10000] [--per-file 100]
"""

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def make_items(count):
    paragraphs = [
        "Officials from both countries met on Thursday to discuss the proposal, a ministry spokesperson said.",
        "The talks, the third round this year, covered <em>trade</em>, security and the peace declaration.",
        "Both sides agreed to meet again next month in Washington, according to a joint statement.",
    ]
    for n in range(count):
        yield {
            "uri": f"urn:bench:agency:{n:06d}",
            "type": "text",
            "version": "1",
            "firstcreated": "2026-10-28T08:40:00Z",
            "versioncreated": "2026-10-28T09:15:00Z",
            "pubstatus": "usable",
            "urgency": 4,
            "language": "en",
            "slugline": f"BENCH-{n}",
            "headlines": [{"role": "main", "value": f"Seoul and Washington hold talks, round {n}"}],
            "by": "Kim Eun-jung and Lee Ha-won",
            "located": "Seoul",
            "subjects": [{"name": "North Korea", "rel": "section"}, {"name": "diplomacy", "rel": "keyword"}],
            "bodies": [
                {"role": "main", "contenttype": "text/html", "value": "".join(f"<p>{p}</p>" for p in paragraphs)}
            ],
        }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--per-file", type=int, default=100)
    parser.add_argument("--keep", action="store_true", help="Keep the scratch database afterwards.")
    args = parser.parse_args()

    scratch = Path(tempfile.mkdtemp(prefix="dateline-bench-ingest-"))
    os.environ["DATELINE_DATA_DIR"] = str(scratch)
    os.environ.pop("DATABASE_URL", None)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dateline.settings.base")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from dateline.ingest.models import IncomingItem
    from dateline.ingest.services import ingest_bytes

    items = list(make_items(args.items))
    files = [json.dumps(items[i : i + args.per_file]).encode("utf-8") for i in range(0, len(items), args.per_file)]
    largest = max(len(f) for f in files)

    start = time.perf_counter()
    created = rejected = 0
    for number, data in enumerate(files):
        report = ingest_bytes(data, source="bench", origin=f"bench-{number}.json")
        created += len(report.created)
        rejected += len(report.rejected)
    elapsed = time.perf_counter() - start

    assert IncomingItem.objects.count() == args.items == created, (created, rejected)
    start = time.perf_counter()
    unchanged = sum(ingest_bytes(data, source="bench").unchanged for data in files)
    again = time.perf_counter() - start

    print(f"database: SQLite at {scratch / 'dateline.sqlite3'}")
    print(f"files: {len(files)} of {args.per_file} items (largest {largest / 1024:.0f} KiB)")
    print(f"ingested {created} new items in {elapsed:.2f} s: {created / elapsed:,.0f} items/s")
    print(f"re-ingested the same {unchanged} items (all unchanged) in {again:.2f} s: {unchanged / again:,.0f} items/s")
    print("goal: >= 500 items/s:", "met" if created / elapsed >= 500 else "NOT met")
    if not args.keep:
        from django.db import connections

        connections.close_all()
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
