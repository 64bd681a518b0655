"""`dateline purge-feedback --older-than DAYS` erases personal data of old
feedback, changes nothing with --dry-run, and is safe to run again."""

from datetime import timedelta

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from dateline.feedback.models import Feedback, FeedbackEvent

pytestmark = pytest.mark.django_db


@pytest.fixture
def old_and_new(make_feedback):
    now = timezone.now()
    old = make_feedback(
        email="old@example.com", client_hash="a" * 64, message="Old message", created_at=now - timedelta(days=200)
    )
    new = make_feedback(email="new@example.com", client_hash="b" * 64, created_at=now - timedelta(days=10))
    return old, new


def run(*args):
    from io import StringIO

    out = StringIO()
    call_command("purge-feedback", *args, stdout=out)
    return out.getvalue()


def test_erases_email_and_client_hash_of_old_feedback_only(old_and_new):
    old, new = old_and_new
    assert "Erased personal data of 1 feedback item older than 180 days." in run("--older-than", "180")
    old.refresh_from_db()
    new.refresh_from_db()
    assert (old.email, old.client_hash) == ("", "")
    assert old.personal_data_erased_at is not None
    assert old.message == "Old message"
    assert (new.email, new.client_hash) == ("new@example.com", "b" * 64)
    assert FeedbackEvent.objects.filter(feedback=old, kind="erase").count() == 1


def test_dry_run_changes_nothing(old_and_new):
    old, _ = old_and_new
    assert "Would erase personal data of 1 feedback item" in run("--older-than", "180", "--dry-run")
    old.refresh_from_db()
    assert old.email == "old@example.com" and old.personal_data_erased_at is None


def test_running_again_changes_nothing(old_and_new):
    old, _ = old_and_new
    run("--older-than", "180")
    old.refresh_from_db()
    erased_at = old.personal_data_erased_at
    assert "of 0 feedback items" in run("--older-than", "180")
    old.refresh_from_db()
    assert old.personal_data_erased_at == erased_at
    assert FeedbackEvent.objects.filter(kind="erase").count() == 1


def test_messages_option_erases_the_text_too(old_and_new):
    old, _ = old_and_new
    run("--older-than", "180", "--messages")
    old.refresh_from_db()
    assert old.message == "(erased)"


@pytest.mark.parametrize("days", ["0", "-5"])
def test_nonsense_age_is_a_one_line_error(days):
    with pytest.raises(CommandError, match="at least 1 day"):
        run("--older-than", days)


def test_console_script_name_and_exit_code(tmp_path):
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "dateline", "purge-feedback", "--older-than", "0"],
        capture_output=True,
        text=True,
        env={"DATELINE_DATA_DIR": str(tmp_path), "PATH": ""},
        cwd=str(tmp_path),
    )
    assert result.returncode != 0
    assert "at least 1 day" in result.stderr
    assert Feedback.objects.count() == 0
