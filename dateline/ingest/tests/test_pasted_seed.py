"""The reference page: the Yonhap article Dateline's article page must reproduce."""

from datetime import datetime
from pathlib import Path

import pytest

from dateline.core.text import decode_text
from dateline.ingest.pasted import parse_page_text

SEEDS = Path(__file__).resolve().parents[3] / ".." / "shared" / "seeds"
SEED = SEEDS / "000_c9da416b4da102bc.txt"


@pytest.fixture(scope="module")
def seed_text():
    if not SEEDS.is_dir():
        pytest.skip(f"../shared is absent: no seed folder at {SEEDS}")
    return SEED.read_text(encoding="utf-8")


def test_seed_header(seed_text):
    story = parse_page_text(seed_text)
    assert story.headline == (
        "S. Korea, U.S. in speedy, serious discussions on end-of-war declaration proposal: official"
    )
    assert story.section == "North Korea"
    assert story.published == datetime(2021, 10, 28, 17, 40)
    assert story.published.tzinfo is None
    assert story.bylines == ["Kim Eun-jung"]


def test_seed_dateline(seed_text):
    dl = parse_page_text(seed_text).dateline
    assert (dl.city, dl.country, dl.month, dl.day, dl.agency) == ("SEOUL", "", 10, 28, "Yonhap")
    assert dl.raw == "SEOUL, Oct. 28 (Yonhap) --"


def test_seed_body(seed_text):
    story = parse_page_text(seed_text)
    assert len(story.paragraphs) == 10
    assert story.paragraphs[0].startswith("With regard to the sensitive issue")
    assert story.paragraphs[-1] == (
        "According to an informed source, the allies are in consultations on the wording "
        "in the draft of the envisioned declaration."
    )
    assert story.captions == []


def test_seed_chrome_is_not_in_the_story(seed_text):
    story = parse_page_text(seed_text)
    everything = " ".join([story.headline, *story.paragraphs, *story.captions])
    for chrome in (
        "Go to Contents",
        "Go to Navigation",
        "Send Feedback",
        "How can we improve?",
        "Thanks for your feedback!",
        "(Yonhap) --",
    ):
        assert chrome not in everything


def test_seed_from_bytes_with_bom_and_crlf(seed_text):
    data = b"\xef\xbb\xbf" + seed_text.replace("\n", "\r\n").encode("utf-8")
    assert parse_page_text(decode_text(data)) == parse_page_text(seed_text)


def test_seed_as_utf16_upload(seed_text):
    assert parse_page_text(decode_text(seed_text.encode("utf-16"))) == parse_page_text(seed_text)
