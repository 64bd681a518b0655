"""Real agency files through ingest: stored, refused (with reasons), crashed; words in against words kept.

Sets up a fresh SQLite database in a scratch folder, takes every file of a
folder of real wire files (default: ../shared/realwire beside the checkout)
in through `ingest_bytes`, the path `dateline ingest` and `poll-feeds` take,
and reports for the whole folder:

- files with at least one story stored, files refused whole, and crashes
  (an error no parser foresaw: ingest records it as "could not be read (...)");
- every refusal with its reason;
- pictures that came alone (no story carries them): photos taken in, and
  refused with their reasons (their renditions are on the internet: offline,
  every fetch fails, and says so);
- words of the bodies as received against words stored: in the public body,
  and in the fields only the desk sees (notes, dateline, bylines). A word
  in neither is lost. Goal: 0 crashes, 0 words lost, a reason for every refusal.

    python bench/ingest_realwire.py [FOLDER] [--verbose]

Exits 1 if a file crashed, a word was lost or a refusal has no reason.
"""

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
SKIP = {"README.md", "provenance.json"}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(REPO.parent / "shared" / "realwire"))
    parser.add_argument("--verbose", action="store_true", help="One line per file.")
    args = parser.parse_args()
    folder = Path(args.folder)
    if not folder.is_dir():
        parser.error(f"no folder {folder}")

    scratch = Path(tempfile.mkdtemp(prefix="dateline-bench-realwire-"))
    os.environ["DATELINE_DATA_DIR"] = str(scratch)
    os.environ.pop("DATABASE_URL", None)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dateline.settings.base")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from dateline.core.words import body_words, missing_words, words
    from dateline.ingest import parsers
    from dateline.ingest.models import IncomingItem
    from dateline.ingest.parsers import IngestedItem
    from dateline.ingest.services import ingest_bytes

    files = sorted(p for p in folder.rglob("*") if p.is_file() and p.name not in SKIP)
    stored_files, refused_files, crashed, refusals = [], [], [], []
    photos_taken, photo_refusals = 0, []
    words_in = words_body = words_desk = 0
    lost = Counter()
    started = time.perf_counter()
    for number, path in enumerate(files):
        name = str(path.relative_to(folder))
        source = f"bench-{number}"
        data = path.read_bytes()
        report = ingest_bytes(data, source=source, origin=name, filename=path.name)
        photos_taken += len(report.photos_created)
        photo_refusals += [(name, r.original_id, r.reason) for r in report.photos_refused]
        for rejection in report.rejected:
            refusals.append((name, rejection.original_id, rejection.reason))
            if rejection.reason.startswith("could not be read") or not rejection.reason.strip():
                crashed.append((name, rejection.reason))
        stored = {i.original_id: i for i in IncomingItem.objects.filter(source=source)}
        (stored_files if stored or report.photos_created else refused_files).append(name)
        try:
            entries = parsers.detect(data, path.name).parse(data)
        except Exception:  # noqa: BLE001  refused whole: nothing stored to count
            entries = []
        file_lost = Counter()
        for entry in entries:
            if not isinstance(entry, IngestedItem) or entry.original_id.strip()[:500] not in stored:
                continue
            item = stored[entry.original_id.strip()[:500]]
            received = words(entry.source_text)
            body = body_words(item.body)
            desk = words(
                " ".join([item.headline, item.dateline_text, " ".join(item.bylines), item.ednote, *item.desk_notes])
            )
            not_in_body = missing_words(received, body)
            gone = missing_words(received, body, desk)
            words_in += len(received)
            words_body += len(received) - sum(not_in_body.values())
            words_desk += sum(not_in_body.values()) - sum(gone.values())
            file_lost += gone
        lost += file_lost
        if args.verbose:
            print(f"{name}: {report.summary()}" + (f"; words lost: {sum(file_lost.values())}" if file_lost else ""))
    elapsed = time.perf_counter() - started

    print(f"folder: {folder} ({len(files)} files, {elapsed:.1f} s)")
    print(f"stored: {len(stored_files)} files, {IncomingItem.objects.count()} stories, or photos taken in")
    print(f"refused whole: {len(refused_files)} files")
    print(f"crashed: {len(crashed)}")
    for name, reason in crashed:
        print(f"  {name}: {reason}")
    print(f"refusals: {len(refusals)}")
    for name, original, reason in refusals:
        print(f"  {name}" + (f" [{original}]" if original else "") + f": {reason or '(NO REASON)'}")
    print(f"pictures alone: {photos_taken} photos taken in, {len(photo_refusals)} refused")
    for name, original, reason in photo_refusals:
        print(f"  {name}" + (f" [{original}]" if original else "") + f": {reason or '(NO REASON)'}")
    print(
        f"words in: {words_in:,}; of them in public bodies: {words_body:,}; "
        f"kept for the desk only: {words_desk:,}; lost: {sum(lost.values()):,}"
    )
    if lost:
        print("  lost words (most common):", dict(lost.most_common(20)))
    failed = bool(crashed or lost or any(not r.strip() for _, _, r in refusals + photo_refusals))
    print("goal: 0 crashes, 0 words lost, a reason for every refusal:", "NOT met" if failed else "met")
    from django.db import connections

    connections.close_all()
    shutil.rmtree(scratch, ignore_errors=True)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
