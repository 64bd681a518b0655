"""Pass rate per field of the pasted-page parser on the labelled test pages.

    python bench/pasted_pages.py [--verbose] [--from N]

Prints, for each field (headline, byline, dateline, time, credit, first and
last paragraph, paragraph count, captions, furniture), how many of the pages
in dateline/ingest/tests/pages/ the parser gets right, then the total.
"""

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from dateline.ingest.tests.page_checks import FIELDS, all_pages, check  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--verbose", action="store_true", help="show each failed check")
    ap.add_argument("--from", dest="first", type=int, default=0, help="only pages numbered N and up (a new batch)")
    args = ap.parse_args()
    pages = all_pages(args.first)
    passed = dict.fromkeys(FIELDS, 0)
    for page in pages:
        for name, (ok, expected, got) in check(page).items():
            passed[name] += ok
            if not ok and args.verbose:
                print(f"{page.name} {name}: expected {expected!r}, got {got!r}")
    print(f"{len(pages)} pages")
    for name in FIELDS:
        print(f"{name:<11} {passed[name]:>3}/{len(pages)}  {100 * passed[name] / len(pages):5.1f}%")
    total, checks = sum(passed.values()), len(pages) * len(FIELDS)
    print(f"{'all':<11} {total:>3}/{checks}  {100 * total / checks:5.1f}%")


if __name__ == "__main__":
    main()
