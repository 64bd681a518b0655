from collections.abc import Sequence

from django.core.management.base import BaseCommand, CommandError, CommandParser

from dateline.ingest import parsers
from dateline.ingest.polling import ingest_source
from dateline.ingest.services import IngestReport


class Command(BaseCommand):
    help = "Take wire items (ninjs, NewsML-G2, RSS/Atom, IPTC 7901/ANPA, page text) into the Incoming queue."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("sources", nargs="+", metavar="FILE|URL")
        parser.add_argument("--source", default="", help="The wire's name (default: the file or URL).")
        parser.add_argument(
            "--format",
            default="",
            choices=["", *sorted(parsers.REGISTRY)],
            help="Skip detection and read as this format.",
        )

    def handle(
        self, *args: object, sources: Sequence[str] = (), source: str = "", format: str = "", **options: object
    ) -> None:
        total = IngestReport()
        for name in sources:
            # Each source on its own: a failure in one never stops the next.
            report = ingest_source(name, source=source or name, format=format)
            total.merge(report)
            self.stdout.write(f"{name}: {report.summary()}")
            for rejection in report.rejected:
                who = f" [{rejection.original_id}]" if rejection.original_id else ""
                self.stderr.write(f"{name}{who}: rejected: {rejection.reason}")
            for rejection in report.photos_refused:
                self.stderr.write(f"{name} [{rejection.original_id}]: photo refused: {rejection.reason}")
            for original_id, problem in report.picture_problems + report.photos_waiting:
                # A story taken in without the picture, or a picture waiting
                # for its next try: said, but not a refusal.
                self.stderr.write(f"{name} [{original_id}]: {problem}")
        # Exit 0: nothing refused; 1: nothing taken in; 2: some taken in, some refused.
        refused = len(total.refusals)
        if refused and not total.taken:
            raise CommandError(f"nothing taken in: {refused} rejected", returncode=1)
        if refused:
            raise CommandError(f"{refused} rejected; the rest was taken in ({total.summary()})", returncode=2)
