"""Demo accounts: demo-reporter, demo-editor, demo-chief (idempotent)."""

import os

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from dateline.newsroom.roles import set_role
from dateline.newsroom.staff import create_staff

DEFAULT_PASSWORD = "dateline-demo-2024"
ACCOUNTS = [
    ("demo-reporter", "reporter", "Demo Reporter"),
    ("demo-editor", "editor", "Demo Editor"),
    ("demo-chief", "chief", "Demo Chief"),
]


class Command(BaseCommand):
    help = "Create the demo newsroom accounts (password from DATELINE_DEMO_PASSWORD)."

    def handle(self, *args, **options):
        password = os.environ.get("DATELINE_DEMO_PASSWORD") or DEFAULT_PASSWORD
        User = get_user_model()
        for username, role, name in ACCOUNTS:
            user = User.objects.filter(username=username).first()
            if user is None:
                create_staff(username, role, password, name=name, validate=False)
            else:
                user.set_password(password)
                user.is_active = True
                set_role(user, role)
                user.save()
        self.stdout.write("Newsroom demo accounts (sign in at /newsroom/login/):")
        for username, role, _ in ACCOUNTS:
            self.stdout.write(f"  {username:<14} {role:<9} password: {password}")
