from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import IntegrityError, transaction

from dateline.wire.models import ApiClient


class Command(BaseCommand):
    help = "Create a subscriber of the API and print its key (shown only this once)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("name", help="The client's name, e.g. 'Daily Herald'.")
        parser.add_argument("--rate-limit", type=int, default=120, help="Requests a minute (default 120).")

    def handle(self, name: str, rate_limit: int, **options: object) -> None:
        name = " ".join(name.split())
        if not name:
            raise CommandError("The client needs a name.")
        if not 1 <= rate_limit <= 100_000:
            raise CommandError("--rate-limit must be between 1 and 100000 requests a minute.")
        try:
            with transaction.atomic():
                client, key = ApiClient.create_with_key(name, rate_limit=rate_limit)
        except IntegrityError:
            raise CommandError(f"A client named {name!r} already exists.") from None
        self.stdout.write(f"Created API client {client.name} ({client.rate_limit} requests a minute).")
        self.stdout.write("Its key, shown only now (Dateline keeps just a hash):")
        self.stdout.write(key)
