"""The newsroom's "All stories" desk, the editor and the live desk's poll at
two archive sizes, in one run: queries per page and time per page.

For each size it builds a fresh SQLite archive in a scratch folder
(`dateline demo-data`, then `dateline reindex`), adds unpublished drafts
(a newsroom's working set: 1 % of the archive, at least 200), signs an
editor in and requests each page through Django's test client. Times are
medians, quoted also as multiples of the same run's baseline: the desk's
own "My drafts" list, the same shell around a table of 50 stories.

    python bench/newsroom_desk.py [--sizes 1000,100000] [--repeat 15]
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def pages(word, rare, section):
    return {
        "all stories, no filter": "/newsroom/all/",
        "all stories, page 10": "/newsroom/all/?page=10",
        "a common word": f"/newsroom/all/?q={word}",
        "a rare word": f"/newsroom/all/?q={rare}",
        "a word, drafts only": f"/newsroom/all/?q={word}&status=draft",
        "section, dates, urgency": f"/newsroom/all/?section={section}&date_from=2024-01-01&date_to=2024-12-31&urgency=4",
        "the editor (published story)": "EDIT",
        "the editor (draft)": "EDIT_DRAFT",
        "new story": "/newsroom/story/new/",
        "live desk poll": "/newsroom/live/?since=2020-01-01T00:00:00%2B00:00",
    }


def measure(client, path, repeat):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(path)  # warm
    samples, queries = [], None
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as ctx:
            started = time.perf_counter()
            response = client.get(path)
            samples.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (path, response.status_code)
        queries = len(ctx.captured_queries)
    return statistics.median(samples), queries


def run_size(size, repeat):
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    from dateline.newsroom.staff import create_staff
    from dateline.stories.actions import Actor, CreateStory
    from dateline.stories.models import Section, Story

    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    call_command("demo-data", "--stories", str(size), "--no-progress", verbosity=0)
    call_command("reindex", "--no-progress", verbosity=0)
    built = time.perf_counter() - started
    editor = create_staff("bench-editor", "editor", "not-a-real-password-1", name="Bench Editor", validate=False)
    section = Section.objects.order_by("position").first()
    drafts = max(200, size // 100)
    for i in range(drafts):
        CreateStory(
            actor=Actor(editor, "127.0.0.1", "desk"),
            section=section,
            headline=f"Working draft {i}",
            body=[f"Draft paragraph about the harbour, number {i}."],
        ).execute()
    client = Client()
    client.force_login(editor)
    # A word in many stories and one in few, from the archive itself.
    word = "minister"
    rare = (
        Story.objects.filter(status="published").order_by("id").values_list("headline", flat=True).first().split()[-1]
    )
    paths = pages(word, rare, section.slug)
    published = Story.objects.filter(status="published").order_by("-id").first()
    draft = Story.objects.filter(status="draft").order_by("-id").first()
    paths = {
        k: (
            f"/newsroom/story/{published.public_id}/"
            if v == "EDIT"
            else f"/newsroom/story/{draft.public_id}/"
            if v == "EDIT_DRAFT"
            else v
        )
        for k, v in paths.items()
    }
    baseline_ms, baseline_q = measure(client, "/newsroom/list/drafts/", repeat)
    rows = {name: measure(client, path, repeat) for name, path in paths.items()}
    connection.close()
    return {"size": size, "built_s": built, "drafts": drafts, "baseline": (baseline_ms, baseline_q), "rows": rows}


def report(result):
    base_ms, base_q = result["baseline"]
    print(
        f"\n{result['size']:,} published stories + {result['drafts']:,} drafts "
        f"(built and indexed in {result['built_s']:.0f} s)"
    )
    print(f"baseline, the My drafts list (50 rows): {base_ms:.1f} ms, {base_q} queries")
    print(f"{'page':32} {'queries':>7} {'median ms':>10} {'x baseline':>10}")
    for name, (ms, queries) in result["rows"].items():
        print(f"{name:32} {queries:>7} {ms:>10.1f} {ms / base_ms:>10.1f}")
    sys.stdout.flush()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,100000")
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    child = os.environ.get("DATELINE_BENCH_CHILD")
    if not child:
        # One process per size: settings read the data folder once per process.
        for size in (int(s) for s in args.sizes.split(",")):
            env = {**os.environ, "DATELINE_BENCH_CHILD": str(size)}
            subprocess.run([sys.executable, __file__, "--repeat", str(args.repeat)], env=env, check=True)
        return
    scratch = Path(tempfile.mkdtemp(prefix=f"dateline-bench-desk-{child}-"))
    os.environ.pop("DATABASE_URL", None)
    os.environ["DATELINE_DATA_DIR"] = str(scratch)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dateline.settings.base")
    os.environ["ALLOWED_HOSTS"] = "testserver"
    try:
        import django

        django.setup()
        report(run_size(int(child), args.repeat))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
