"""A story imported from another outlet keeps that outlet's credit and its
dateline as written; an undated page's date stays unknown, never today."""

import pytest
from django.core.management import call_command
from django.utils import timezone

from dateline.core.timefmt import ap_date
from dateline.ingest.importer import import_text
from dateline.ingest.models import PastedImport

from .page_checks import PAGES

pytestmark = pytest.mark.django_db


def page_text(name):
    return next(PAGES.glob(f"{name}*.txt")).read_text(encoding="utf-8").partition("\n=====\n")[2]


def test_wire_story_keeps_its_credit_and_dateline_as_written(sections):
    story = import_text(page_text("12_"), user=None).story
    live = story.live
    assert live.credit == "Reuters"
    assert live.dateline_text == "SEOUL, Nov 1 (Reuters) -"
    assert live.body_html.startswith('<p id="p1"><span class="dateline">SEOUL, Nov 1 (Reuters) -</span> South Korea')
    assert "(Dateline)" not in live.body_html


def test_agency_dateline_without_a_date_gets_no_date_added(sections):
    story = import_text(page_text("14_")).story
    assert story.live.dateline_text == "SEOUL, South Korea (AP) —"
    today = ap_date(timezone.localdate().month, timezone.localdate().day)
    assert today not in story.live.body_html


def test_undated_page_keeps_its_date_unknown(sections):
    # The page prints no time: we publish it now, but nothing claims the
    # page was dated today, and its own dateline is kept as written.
    story = import_text(page_text("24_")).story
    record = PastedImport.objects.get(story=story)
    assert record.page_time is None
    assert story.live.dateline_text == ""
    assert story.live.credit == ""
    assert '<span class="dateline">' not in story.live.body_html


def test_page_time_is_the_pages_own(sections):
    story = import_text(page_text("13_")).story
    record = PastedImport.objects.get(story=story)
    assert timezone.localtime(record.page_time).strftime("%Y-%m-%d %H:%M") == "2021-10-25 14:12"
    assert story.first_published_at == record.page_time


def test_our_own_copy_is_composed_in_house_style(sections, settings):
    settings.DATELINE_AGENCY = "Yonhap"
    story = import_text(page_text("01_")).story
    assert story.credit == "" and story.dateline_text == ""
    assert story.live.body_html.startswith('<p id="p1"><span class="dateline">ULSAN, Oct. 28 (Yonhap) --</span>')


def test_cli_reports_the_credit_and_unknown_time(sections, tmp_path, capsys):
    path = tmp_path / "bbc.txt"
    path.write_text(page_text("24_"), encoding="utf-8")
    call_command("import-text", str(path), "--draft")
    out = capsys.readouterr().out
    assert "time: unknown (the page prints none)" in out
    assert "byline: Jean Mackay" in out


def test_pasted_page_through_the_wire_ingest_keeps_credit_dateline_and_captions(sections):
    from dateline.ingest.models import IncomingItem
    from dateline.ingest.services import ingest_bytes

    ingest_bytes(page_text("14_").encode(), source="Pasted pages", origin="ap.txt")
    item = IncomingItem.objects.get()
    assert (item.credit, item.dateline_text) == ("AP", "SEOUL, South Korea (AP) —")
    assert item.desk_notes == [
        "Photo caption: South Korean President Yoon Suk Yeol speaks during a meeting at the "
        "presidential office in Seoul on Sept. 12, 2023. (Jeon Heon-kyun/Pool Photo via AP)"
    ]
    assert not any("Pool Photo" in p for p in item.body)
