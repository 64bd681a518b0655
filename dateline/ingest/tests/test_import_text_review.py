"""What the importer decided is shown before anything is public: --dry-run
writes nothing, --draft leaves a draft for the desk's editor; captions and
the dropped furniture are kept with the story, never in its body."""

import pytest
from django.core.management import call_command

from dateline.ingest.importer import import_text
from dateline.ingest.models import PastedImport
from dateline.stories.models import Story

from .page_checks import PAGES

pytestmark = pytest.mark.django_db


def page_file(tmp_path, prefix):
    text = next(PAGES.glob(f"{prefix}*.txt")).read_text(encoding="utf-8").partition("\n=====\n")[2]
    path = tmp_path / f"{prefix}page.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_dry_run_shows_every_decision_and_writes_nothing(tmp_path, sections, capsys):
    call_command("import-text", str(page_file(tmp_path, "01_")), "--dry-run")
    out = capsys.readouterr().out.splitlines()
    assert out[0].endswith("01_page.txt: would import")
    assert "  headline: Port city to open first hydrogen tram line next spring" in out
    assert "  byline: Cho Min-seo" in out
    assert "  dateline: ULSAN, Oct. 28 (Yonhap) --  [as written]" in out
    assert "  time: 2021-10-28 17:40 (as printed on the page)" in out
    assert (
        "  caption: A test tram runs on a track in Ulsan in this photo provided by the city government "
        "on Oct. 27, 2021. (PHOTO NOT FOR SALE) (Yonhap)" in out
    )
    assert "  dropped: Send Feedback" in out and "  dropped: Go to Contents Go to Navigation" in out
    assert Story.objects.count() == 0


def test_draft_keeps_captions_and_dropped_lines_with_the_story(tmp_path, sections, capsys):
    call_command("import-text", str(page_file(tmp_path, "07_")), "--draft")
    story = Story.objects.get()
    assert story.status == Story.Status.DRAFT and story.live is None
    record = story.pasted_import
    assert record.captions == [
        "A customer looks at cold medicine at a convenience store in Yeongwol County, Gangwon, on Wednesday. [NEWS1]",
        "A pharmacist counter is set up inside a store in Hwasun County, South Jeolla, on Feb. 14. [YONHAP]",
    ]
    assert not any("[NEWS1]" in p or "[YONHAP]" in p for p in story.body)
    assert "BY YOON DA-BIN [yoon.dabin@dailymail.example]" in record.dropped
    assert f"edit: http://127.0.0.1:8000/newsroom/story/{story.public_id}/" in capsys.readouterr().out


def test_editors_note_goes_to_the_ednote_not_the_headline(sections):
    text = next(PAGES.glob("03_*.txt")).read_text(encoding="utf-8").partition("\n=====\n")[2]
    story = import_text(text, draft=True).story
    assert story.headline.startswith("(LEAD) Heavy snow")
    assert story.ednote == "ATTN: UPDATES with number of stranded travelers in paras 1, 3"


def test_headline_taken_from_the_lead_is_flagged(sections):
    text = next(PAGES.glob("35_*.txt")).read_text(encoding="utf-8").partition("\n=====\n")[2]
    story = import_text(text, draft=True).story
    assert PastedImport.objects.get(story=story).headline_derived
