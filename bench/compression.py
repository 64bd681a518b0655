"""What compression costs and saves, in one run.

Builds the demo archive in a scratch folder with the deployment's static
storage (collectstatic: hashed names, gzip and brotli copies), then through
Django's test client, DEBUG off:
  - bytes of the article page, the home page and the search page, plain and
    gzipped (GZipForReaders), and of the stylesheet as collected, .gz, .br;
  - time per request of the article page with and without Accept-Encoding:
    the uncompressed request is the baseline, the figure the ratio to it.

    python bench/compression.py [--requests 300]
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def timed(client, path, requests):
    """Median seconds per request, plain and gzipped, taken in turns so that
    both see the same load on a shared machine."""
    plain, packed = [], []
    for _ in range(requests):
        for samples, headers in ((plain, {}), (packed, {"HTTP_ACCEPT_ENCODING": "gzip"})):
            start = time.perf_counter()
            client.get(path, **headers)
            samples.append(time.perf_counter() - start)
    return statistics.median(plain), statistics.median(packed)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=300)
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="dateline-bench-"))
    os.environ.update(
        DATELINE_DATA_DIR=str(scratch),
        STATIC_ROOT=str(scratch / "static"),
        DJANGO_SETTINGS_MODULE="dateline.settings.base",
        DEBUG="0",
        DATABASE_URL="",
    )
    sys.path.insert(0, str(REPO))
    import django

    django.setup()
    from django.contrib.staticfiles.storage import staticfiles_storage
    from django.core.management import call_command
    from django.test import Client

    from dateline.stories.models import Story

    call_command("migrate", verbosity=0, interactive=False)
    call_command("load-demo", verbosity=0)
    call_command("collectstatic", verbosity=0, interactive=False)
    client = Client()
    article = Story.objects.listed().order_by("first_published_at")[10].get_absolute_url()
    print(f"{'page':<24}{'plain bytes':>12}{'gzip bytes':>12}{'ratio':>8}")
    for name, path in (("article", article), ("home", "/"), ("search", "/search/?q=minister")):
        plain = len(client.get(path).content)
        packed = len(client.get(path, HTTP_ACCEPT_ENCODING="gzip").content)
        print(f"{name:<24}{plain:>12,}{packed:>12,}{packed / plain:>8.2f}")
    css = Path(os.environ["STATIC_ROOT"]) / staticfiles_storage.stored_name("site/dateline.css")
    raw = css.stat().st_size
    for suffix in (".gz", ".br"):
        size = (css.parent / (css.name + suffix)).stat().st_size
        print(f"{'dateline.css' + suffix:<24}{raw:>12,}{size:>12,}{size / raw:>8.2f}")
    timed(client, article, 20)  # warm
    base, packed = timed(client, article, args.requests)
    print(
        f"article page, median of {args.requests}: plain {base * 1000:.2f} ms (baseline), "
        f"gzipped {packed * 1000:.2f} ms, ratio {packed / base:.3f}"
    )


if __name__ == "__main__":
    main()
