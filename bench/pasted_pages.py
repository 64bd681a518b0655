"""Pass rate per field of the pasted-page parser on the labelled test pages.

    python bench/pasted_pages.py [--verbose] [--from N] [--copies]

Prints, for each field (headline, byline, dateline, time, credit, first and
last paragraph, paragraph count, captions, furniture), how many of the pages
in dateline/ingest/tests/pages/ the parser gets right, then the total.
``--copies`` also copies every page in other ways (without blank lines,
hard-wrapped by a mail client, quoted in a reply) and prints how many of the
checks passed on the page still pass on each copy.
"""

import argparse
import re
import sys
import textwrap
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from dateline.ingest.tests.page_checks import FIELDS, all_pages, check  # noqa: E402


def _wrapped(text: str) -> str:
    return "\n".join(line for para in text.split("\n") for line in (textwrap.wrap(para, 72) or [""]))


COPIES = {
    "without blank lines": lambda t: re.sub(r"\n\s*\n+", "\n", t),
    "hard-wrapped at 72": _wrapped,
    "wrapped and quoted": lambda t: "\n".join("> " + ln if ln else ">" for ln in _wrapped(t).split("\n")),
}


def copies(pages, verbose: bool) -> None:
    base = {page.name: check(page) for page in pages}
    for name, copy in COPIES.items():
        kept = total = 0
        for page in pages:
            for field, (ok, _, got) in check(replace(page, text=copy(page.text))).items():
                if base[page.name][field][0]:
                    total += 1
                    kept += ok
                    if not ok and verbose:
                        print(f"{name}: {page.name} {field}: got {got!r}")
        print(f"{name:<20} {kept:>4}/{total}  {100 * kept / max(total, 1):5.1f}%")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--verbose", action="store_true", help="show each failed check")
    ap.add_argument("--from", dest="first", type=int, default=0, help="only pages numbered N and up (a new batch)")
    ap.add_argument("--copies", action="store_true", help="also copy each page in other ways and measure again")
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
    if args.copies:
        copies(pages, args.verbose)


if __name__ == "__main__":
    main()
