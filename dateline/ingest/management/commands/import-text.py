from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from dateline.ingest.importer import MAX_TEXT_BYTES, import_text
from dateline.ingest.pasted import NoArticleFound


class Command(BaseCommand):
    help = "Import article pages pasted as plain text (one article per file)."

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="FILE")
        parser.add_argument("--draft", action="store_true", help="Create drafts instead of publishing.")

    def handle(self, *args, files=(), draft=False, **options):
        failures = []
        for name in files:
            path = Path(name)
            try:
                if not path.is_file():
                    raise NoArticleFound("no such file")
                if path.stat().st_size > MAX_TEXT_BYTES:
                    raise NoArticleFound(f"too large: {path.stat().st_size} bytes (limit {MAX_TEXT_BYTES})")
                result = import_text(path.read_bytes(), draft=draft, source=f"file:{path.name}")
            except NoArticleFound as exc:
                failures.append(f"{name}: {exc}")
                continue
            verb = "imported" if result.created else "already imported"
            self.stdout.write(f"{name}: {verb} {result.story.public_id} {result.story.headline}")
        if failures:
            raise CommandError("; ".join(failures))
