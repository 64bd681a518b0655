"""dateline createstaff [USERNAME] --role reporter|editor|chief [--email E] [--name N] [--password-stdin]

Without USERNAME (or a password) the command asks on the terminal."""

import getpass
import sys

from django.core.management.base import BaseCommand, CommandError

from dateline.newsroom.staff import StaffError, create_staff


class Command(BaseCommand):
    help = "Create a newsroom account with a role (reporter, editor or chief)."

    def add_arguments(self, parser):
        parser.add_argument("username", nargs="?", default="")
        parser.add_argument("--role", required=True, choices=["reporter", "editor", "chief"])
        parser.add_argument("--email", default="")
        parser.add_argument("--name", default="", help="Name used in bylines (default: the username).")
        parser.add_argument(
            "--password-stdin", action="store_true", help="Read the password from the first line of standard input."
        )

    def handle(self, *args, username, role, email, name, password_stdin, **options):
        if not username:
            if password_stdin or not sys.stdin.isatty():
                raise CommandError("Give the new account's username: dateline createstaff USERNAME --role ROLE.")
            username = input("Username: ").strip()
        if password_stdin:
            password = sys.stdin.readline().rstrip("\r\n")
        else:
            if not sys.stdin.isatty():
                raise CommandError("No terminal to ask for a password: use --password-stdin.")
            password = getpass.getpass("Password: ")
            if password != getpass.getpass("Password (again): "):
                raise CommandError("The passwords do not match.")
        if not password:
            raise CommandError("A password is needed.")
        try:
            user = create_staff(username, role, password, email=email, name=name)
        except StaffError as error:
            raise CommandError(str(error)) from None
        from dateline.newsroom.audit import record

        record("staff.create", username="", via="cli", username_created=user.username, role=role)
        self.stdout.write(f"Created {role} {user.username}.")
