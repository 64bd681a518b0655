import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from tqdm import tqdm

from dateline.stories.demo.archive import ArchiveError, ArchiveGenerator


def _whole_number(name, text):
    # Parsed here rather than by argparse so a bad value is a one-line
    # CommandError, the same whether run from the shell or call_command().
    try:
        return int(str(text).strip())
    except ValueError:
        raise CommandError(f"--{name} must be a whole number, not {text!r}") from None


class Command(BaseCommand):
    help = (
        "Generate a large synthetic archive of published stories for benchmarks. "
        "Writes in bulk without signals: run `dateline reindex` afterwards."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--stories", required=True, metavar="N", help="How many stories to create.")
        parser.add_argument(
            "--seed", default="0", metavar="S", help="Random seed; the same seed writes the same copy (default 0)."
        )
        parser.add_argument(
            "--years", default="5", metavar="Y", help="Spread the stories over the last Y years (default 5)."
        )
        parser.add_argument("--batch", default="2000", metavar="B", help="Stories per transaction (default 2000).")
        parser.add_argument(
            "--no-progress",
            action="store_true",
            help="No progress bar (it is off anyway when stderr is not a terminal).",
        )

    def handle(self, *args: object, **options: Any) -> None:
        stories = _whole_number("stories", options["stories"])
        seed = _whole_number("seed", options["seed"])
        years = _whole_number("years", options["years"])
        batch = _whole_number("batch", options["batch"])
        try:
            generator = ArchiveGenerator(stories, seed=seed, years=years, batch=batch)
            quiet = options["no_progress"] or options["verbosity"] < 1 or not sys.stderr.isatty()
            with tqdm(total=stories, unit="story", file=sys.stderr, disable=quiet, smoothing=0.1) as bar:
                generator.progress = bar
                result = generator.run()
        except ArchiveError as exc:
            raise CommandError(str(exc)) from None
        self.stdout.write(
            f"Created {result.created:,} stories in {result.seconds:.1f} s ({result.rate:,.0f} stories/s). "
            "Run `dateline reindex` to add them to search."
        )
