from collections.abc import Sequence
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from dateline.desk.registry import story_editor_url
from dateline.ingest.importer import MAX_TEXT_BYTES, import_text, is_house_copy, parse_upload
from dateline.ingest.pasted import NoArticleFound


class Command(BaseCommand):
    help = (
        "Import article pages pasted as plain text (one article per file). Each file is "
        "reported with what was decided: headline, byline, dateline, time, credit, captions "
        "and the lines dropped as page furniture."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("files", nargs="+", metavar="FILE")
        parser.add_argument(
            "--draft",
            action="store_true",
            help="Create drafts for the desk to check and correct instead of publishing.",
        )
        parser.add_argument("--dry-run", action="store_true", help="Show what would be imported; write nothing.")

    def handle(
        self, *args: object, files: Sequence[str] = (), draft: bool = False, dry_run: bool = False, **options: object
    ) -> None:
        failures = []
        for name in files:
            path = Path(name)
            try:
                if not path.is_file():
                    raise NoArticleFound("no such file")
                if path.stat().st_size > MAX_TEXT_BYTES:
                    raise NoArticleFound(f"too large: {path.stat().st_size} bytes (limit {MAX_TEXT_BYTES})")
                data = path.read_bytes()
                if dry_run:
                    self._report(name, "would import", parse_upload(data))
                    continue
                result = import_text(data, draft=draft, source=f"file:{path.name}")
            except NoArticleFound as exc:
                failures.append(f"{name}: {exc}")
                continue
            except Exception as exc:  # noqa: BLE001 - one bad file never stops the batch
                failures.append(f"{name}: not imported: {type(exc).__name__}: {' '.join(str(exc).split())}"[:500])
                continue
            story = result.story
            verb = "imported" if result.created else "already imported"
            state = "draft" if story.status == story.Status.DRAFT else story.status
            editor = story_editor_url(story.public_id)
            self._report(
                name,
                f"{verb} {story.public_id} ({state})",
                result.parsed,
                edit=settings.DATELINE_SITE_URL.rstrip("/") + editor if editor else "",
            )
        if failures:
            # One line a refused file, naming it and saying why.
            raise CommandError("\n".join(failures))

    def _report(self, name, verb, parsed, edit=""):
        dl = parsed.dateline
        lines = [
            f"{name}: {verb}",
            f"  headline: {parsed.headline}" + ("  [taken from the lead: check it]" if parsed.headline_derived else ""),
            f"  byline: {'; '.join(parsed.bylines) or '(none)'}",
            f"  dateline: {dl.raw if dl else '(none)'}"
            + ("  [house style]" if dl and is_house_copy(parsed) else ("  [as written]" if dl else "")),
            f"  time: {parsed.published:%Y-%m-%d %H:%M} (as printed on the page)"
            if parsed.published
            else "  time: unknown (the page prints none)",
            f"  credit: {parsed.credit or '(none)'}",
        ]
        if parsed.ednote:
            lines.append(f"  editor's note: {parsed.ednote}")
        lines += [f"  caption: {c}" for c in parsed.captions]
        lines += [f"  dropped: {d}" for d in parsed.dropped]
        if edit:
            lines.append(f"  edit: {edit}")
        self.stdout.write("\n".join(lines))
