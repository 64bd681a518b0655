"""`dateline import-text`: publishes pasted pages, never duplicates, and
refuses files with no article with a one-line error and nothing written."""

import subprocess
import sys

import pytest
from django.core.management import CommandError, call_command

from dateline.stories.models import Story

pytestmark = pytest.mark.django_db

ARTICLE = """Go to Contents Go to Navigation

Harbour city opens new ferry terminal

National 09:15 March 3, 2024

By Choi Hana

BUSAN, March 3 (Dateline) -- A new ferry terminal opened on Sunday in the southern port city, cutting crossing times to the nearby islands by half.

The terminal can handle twelve vessels at once, officials said.

(END)
Send Feedback
How can we improve?
Thanks for your feedback!
"""


@pytest.fixture
def article_file(tmp_path):
    path = tmp_path / "ferry.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_imports_and_publishes(article_file, sections, capsys):
    call_command("import-text", str(article_file))
    story = Story.objects.get()
    assert story.status == Story.Status.PUBLISHED
    assert story.headline == "Harbour city opens new ferry terminal"
    assert story.section.slug == "national"
    assert story.live.bylines == ["Choi Hana"]
    assert story.live.body_html.startswith(
        '<p id="p1"><span class="dateline">BUSAN, March 3 (Dateline) --</span> A new ferry'
    )
    assert "(END)" not in story.live.body_html
    assert "imported" in capsys.readouterr().out


def test_draft_option_creates_an_unpublished_draft(article_file, sections):
    call_command("import-text", str(article_file), "--draft")
    story = Story.objects.get()
    assert story.status == Story.Status.DRAFT
    assert story.live is None


def test_reimport_does_not_duplicate(article_file, sections, capsys):
    call_command("import-text", str(article_file))
    call_command("import-text", str(article_file))
    assert Story.objects.count() == 1
    assert "already imported" in capsys.readouterr().out


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"   \n\n  ",
        b"\x00\x01\x02\xff\xfe binary",
        "\ufeffGo to Contents\nSend Feedback\n".encode(),
        "caf\xe9 au lait".encode("latin-1") * 20,
    ],
)
def test_no_article_is_a_clear_error_and_writes_nothing(tmp_path, sections, content):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(CommandError) as excinfo:
        call_command("import-text", str(path))
    message = str(excinfo.value)
    assert "bad.txt" in message and "\n" not in message
    assert Story.objects.count() == 0


def test_missing_file_is_a_clear_error(sections, tmp_path):
    with pytest.raises(CommandError, match="no such file"):
        call_command("import-text", str(tmp_path / "nope.txt"))


def test_good_files_are_kept_when_another_fails(article_file, tmp_path, sections):
    bad = tmp_path / "empty.txt"
    bad.write_text("")
    with pytest.raises(CommandError, match="empty.txt"):
        call_command("import-text", str(article_file), str(bad))
    assert Story.objects.count() == 1


def test_console_script_exits_non_zero_with_one_line(tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_text("")
    result = subprocess.run(
        [sys.executable, "-m", "dateline", "import-text", str(bad)],
        capture_output=True,
        text=True,
        env={"DATELINE_DATA_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode != 0
    assert result.stderr.strip().startswith("CommandError:")
    assert len(result.stderr.strip().splitlines()) == 1
