"""A Korean name written alone in Hangul, without the "기자" a byline often
adds, is the byline when it stands beside the time under the headline: a
name has three syllables opening with a family name (four with a
two-syllable family name); a section label does not."""

import pytest

from dateline.ingest.bylines import hangul_name
from dateline.ingest.pasted import parse_page_text


@pytest.mark.parametrize("name", ["남상현", "황석주", "남궁민수"])
def test_names(name):
    assert hangul_name(name) == name


@pytest.mark.parametrize("label", ["정치", "스포츠", "연예", "사회부", "라이프스타일"])
def test_section_labels_are_no_names(label):
    assert hangul_name(label) is None


PAGE = """Korean films to open Busan festival

{name}

| 2024-08-28 14:15:19

BUSAN, Aug. 28 (Yonhap) -- Three Korean films will open this year's Busan International Film Festival, organizers said Wednesday.

The festival runs from Oct. 2-11.
"""


def test_the_name_over_the_time_is_the_byline():
    assert parse_page_text(PAGE.format(name="남상현")).bylines == ["남상현"]


def test_a_section_over_the_time_is_not():
    assert parse_page_text(PAGE.format(name="스포츠")).bylines == []
