"""`dateline createstaff` and `dateline demo-staff`."""

import io
import sys

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from dateline.newsroom.roles import role_of


def test_createstaff_reads_the_password_from_stdin(db, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO("a-very-long-secret-9\n"))
    out = io.StringIO()
    call_command("createstaff", "kim", "--role", "editor", "--email", "kim@example.org", "--password-stdin", stdout=out)
    user = get_user_model().objects.get(username="kim")
    assert role_of(user) == "editor" and user.check_password("a-very-long-secret-9")
    assert user.author.name == "kim"
    assert "Created editor kim." in out.getvalue()


def test_createstaff_refuses_a_weak_password_with_a_message(db, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO("123\n"))
    with pytest.raises(CommandError, match="too short"):
        call_command("createstaff", "kim", "--role", "reporter", "--password-stdin")
    assert not get_user_model().objects.filter(username="kim").exists()


def test_createstaff_refuses_a_taken_username(db, monkeypatch, reporter):
    monkeypatch.setattr(sys, "stdin", io.StringIO("a-very-long-secret-9\n"))
    with pytest.raises(CommandError, match="taken"):
        call_command("createstaff", "RITA", "--role", "reporter", "--password-stdin")


def test_createstaff_rejects_an_unknown_role(db):
    with pytest.raises(CommandError):
        call_command("createstaff", "kim", "--role", "admin", "--password-stdin")


def test_demo_staff_creates_three_roles_and_is_idempotent(db, monkeypatch):
    monkeypatch.setenv("DATELINE_DEMO_PASSWORD", "demo-pass-for-tests")
    out = io.StringIO()
    call_command("demo-staff", stdout=out)
    call_command("demo-staff", stdout=io.StringIO())
    User = get_user_model()
    assert {role_of(User.objects.get(username=u)) for u in ("demo-reporter", "demo-editor", "demo-chief")} == {
        "reporter",
        "editor",
        "chief",
    }
    assert User.objects.get(username="demo-editor").check_password("demo-pass-for-tests")
    assert "demo-pass-for-tests" in out.getvalue()


def test_createstaff_without_a_username_and_no_terminal_says_what_to_do(db, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO("a-very-long-secret-9\n"))
    with pytest.raises(CommandError, match="Give the new account's username"):
        call_command("createstaff", "--role", "editor", "--password-stdin")
