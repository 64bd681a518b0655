from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import IntegrityError, transaction

from dateline.core.fetch import FetchError, FetchRefused, check_url
from dateline.ingest import parsers
from dateline.ingest.fetch import is_url
from dateline.ingest.models import Feed
from dateline.stories.models import Section


class Command(BaseCommand):
    help = "Configure a wire feed for poll-feeds: a local path or an http(s) URL."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("name")
        parser.add_argument("url", metavar="URL|PATH")
        parser.add_argument("--format", default="", choices=["", *sorted(parsers.REGISTRY)])
        parser.add_argument("--auto-publish", action="store_true", help="Publish its stories without the desk.")
        parser.add_argument("--section", default="", help="Slug of the section for stories that name none.")

    def handle(
        self, name: str, url: str, format: str = "", auto_publish: bool = False, section: str = "", **options: object
    ) -> None:
        if "://" in url and not is_url(url):
            raise CommandError("A feed is a local path or an http(s) URL.")
        if is_url(url):
            try:
                check_url(url)
            except FetchRefused as exc:
                raise CommandError(f"Not adding {url}: {exc}.") from None
            except FetchError as exc:  # DNS may be down for a moment: poll-feeds checks again
                self.stderr.write(f"Warning: {exc}.")
        target = None
        if section:
            target = Section.objects.filter(slug=section).first()
            if target is None:
                raise CommandError(f"No section {section!r}.")
        try:
            with transaction.atomic():
                feed = Feed.objects.create(name=name, url=url, format=format, auto_publish=auto_publish, section=target)
        except IntegrityError:
            raise CommandError(f"A feed named {name!r} already exists.") from None
        mode = "published automatically" if feed.auto_publish else "queued in Incoming"
        self.stdout.write(f"Added feed {feed.name} ({feed.url}); its stories will be {mode}.")
