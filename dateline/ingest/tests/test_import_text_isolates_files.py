"""`import-text` on a batch: each file on its own. A file that is no article
page (a README, a book's worth of prose, an over-long headline) is refused
with its reason, one line a file, the others are imported, and the command
exits non-zero."""

import subprocess
import sys

import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command

from dateline.ingest import importer
from dateline.stories.models import Story

from .page_checks import PAGES

pytestmark = pytest.mark.django_db

README = """# Dateline

An open news agency publishing system.

## Install

```
make install
```

## Run

    dateline runserver

| Setting | Meaning |
|---|---|
| DATELINE_AGENCY | the credit |
"""


def good_page(n="01_"):
    return next(PAGES.glob(f"{n}*.txt")).read_text(encoding="utf-8").partition("\n=====\n")[2]


@pytest.fixture
def batch(tmp_path):
    files = {
        "good.txt": good_page("01_"),
        "readme.txt": README,
        "book.txt": "Chapter one\n\n" + ("It was a long day at the harbour, and nobody spoke. " * 6 + "\n\n") * 2000,
        "headline.txt": "Officials say " + "the new harbour plan " * 16 + "\n\nSEOUL, Oct. 28 (Yonhap) -- "
        "The first paragraph of the story.\n",
        "also_good.txt": good_page("12_"),
    }
    paths = []
    for name, text in files.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths


def test_each_refused_file_is_named_with_its_reason_and_the_rest_imported(batch, sections):
    with pytest.raises(CommandError) as excinfo:
        call_command("import-text", *batch)
    lines = str(excinfo.value).splitlines()
    assert [line.split(": ", 1)[0].rsplit("/", 1)[-1] for line in lines] == ["readme.txt", "book.txt", "headline.txt"]
    assert "README or source file" in lines[0]
    assert "not an article page: " in lines[1] and "paragraphs" in lines[1]
    assert "the headline is 349 characters (limit 300)" in lines[2]
    assert Story.objects.count() == 2


def test_a_storage_error_on_one_file_does_not_stop_the_batch(batch, sections, monkeypatch):
    calls = []

    class Flaky(importer.CreateStory):
        def execute(self, skip_permission_check=False):
            calls.append(self.headline)
            if len(calls) == 1:
                raise ValidationError({"headline": ["Ensure this value has at most 300 characters."]})
            return super().execute(skip_permission_check)

    monkeypatch.setattr(importer, "CreateStory", Flaky)
    with pytest.raises(CommandError) as excinfo:
        call_command("import-text", batch[0], batch[-1])
    assert str(excinfo.value).startswith(batch[0] + ": cannot store the story: ")
    assert list(Story.objects.values_list("headline", flat=True)) == [calls[1]]


def test_console_script_prints_one_line_per_refused_file(batch, tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "dateline", "import-text", "--dry-run", batch[1], batch[3]],
        capture_output=True,
        text=True,
        env={"DATELINE_DATA_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("CommandError: " + batch[1] + ": not an article page")
    assert lines[1].startswith(batch[3] + ": no article found: the headline is")
