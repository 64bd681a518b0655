"""A list of links set right above the story's last paragraph (a rail, a
"Related" box) ends there: a short last paragraph closed by a glued credit
or end mark ("... said. (Yonhap)", "... bridges. Enditem") ends a sentence,
so it is the story's, not one more linked headline."""

import pytest

from dateline.ingest.furniture import is_list_item
from dateline.ingest.pasted import parse_page_text

PAGE = """Rail line to link mountain towns opens

2025-03-04 10:12:36

{dateline} A new rail line linking three mountain towns opened on Tuesday, cutting travel times to the provincial capital by half.

Most Popular
1
City council approves new budget plan
2
Storm expected to reach coast by Friday

{last}
"""


@pytest.mark.parametrize(
    ("dateline", "last", "kept"),
    [
        (
            "SEOUL, March 4 (Yonhap) --",
            "The line runs 60 km, with 12 tunnels. (Yonhap)",
            "The line runs 60 km, with 12 tunnels. (Yonhap)",
        ),
        (
            "KUNMING, March 4 (Xinhua) --",
            "The line runs 60 km, with 12 tunnels. Enditem",
            "The line runs 60 km, with 12 tunnels.",
        ),
        (
            "Seoul, March 4 (IANS)",
            "The line runs 60 km, with 12 tunnels.--IANS",
            "The line runs 60 km, with 12 tunnels.",
        ),
    ],
)
def test_the_last_paragraph_under_the_list_is_kept(dateline, last, kept):
    story = parse_page_text(PAGE.format(dateline=dateline, last=last))
    assert story.paragraphs[-1] == kept
    assert len(story.paragraphs) == 2
    assert not any("City council" in p or "Storm expected" in p for p in story.paragraphs)


def test_linked_headlines_are_still_list_items():
    assert is_list_item("City council approves new budget plan")
    assert is_list_item("(LEAD) Rain warnings issued for southern coast")
    assert not is_list_item("The line runs 60 km, with 12 tunnels. (Yonhap)")


def test_a_factbox_under_the_list_stays_the_storys():
    page = PAGE.format(
        dateline="SEOUL, March 4 (Reuters) -",
        last="Here are some facts about the line:\n\n- About 60 km long\n\n- Twelve tunnels and nine bridges",
    )
    story = parse_page_text(page)
    assert story.paragraphs[-2:] == ["- About 60 km long", "- Twelve tunnels and nine bridges"]
    assert not any("City council" in p for p in story.paragraphs)
