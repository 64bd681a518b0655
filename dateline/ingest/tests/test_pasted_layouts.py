"""Page layouts of different outlets: header order, chrome, captions, wrapping."""

import textwrap
from datetime import datetime
from pathlib import Path

import pytest

from dateline.ingest.pasted import parse_page_text

SAMPLES = Path(__file__).resolve().parent / "samples"


def sample(name: str):
    return parse_page_text((SAMPLES / name).read_text(encoding="utf-8"))


HEADLINE = "Coastal towns brace for record spring tides"
LEAD = "MOKPO, April 2 (Yonhap) -- Coastal towns on the southwest coast reinforced sea walls on Tuesday ahead of the highest spring tides in a decade."
BODY = [
    "The tides are forecast to peak on Thursday evening, the ocean agency said.",
    "Residents of low-lying villages were advised to move vehicles to higher ground.",
]


def page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def body_of(story):
    return story.paragraphs[1:]


# ------------------------------------------------------------ full samples
def test_yonhap_style_page():
    story = sample("yonhap_style.txt")
    assert story.headline == "Seoul to expand winter heating aid for low-income households: ministry"
    assert (story.section, story.published) == ("Economy", datetime(2023, 12, 2, 11, 20))
    assert story.bylines == ["Park Min-seo"]
    assert story.dateline.raw == "SEOUL, Dec. 2 (Yonhap) --"
    assert story.paragraphs[0].startswith("The government will widen")
    assert story.paragraphs[-1] == "Applications open Monday at community service centers nationwide."
    assert len(story.paragraphs) == 5
    assert story.captions == [
        "This photo, provided by the Ministry of the Interior and Safety, shows volunteers delivering "
        "briquettes to a hillside neighborhood in Seoul on Nov. 30, 2023. (PHOTO NOT FOR SALE) (Yonhap)",
        "(Photo courtesy of the Ministry of the Interior and Safety)",
    ]
    text = " ".join(story.paragraphs)
    for chrome in (
        "Related",
        "Cold wave advisory",
        "Most viewed",
        "goalkeeper",
        "yna.co.kr",
        "Kakao",
        "Feedback",
        "(END)",
        "All Rights Reserved",
    ):
        assert chrome not in text


def test_ap_style_page_with_time_after_headline():
    story = sample("ap_style.txt")
    assert story.headline == "North Korea sends delegation to truce village for rare military talks"
    assert story.section == "World"
    assert story.published == datetime(2024, 3, 3, 9, 5)  # "Published", not "Updated"
    assert story.bylines == ["Daniel Okafor", "Mi-rae Song"]
    dl = story.dateline
    assert (dl.city, dl.country, dl.agency) == ("PANMUNJOM", "South Korea", "AP")
    assert len(story.paragraphs) == 4
    assert story.captions[0].startswith("In this photo provided by the South Korean Defense Ministry")
    assert "Advertisement" not in story.paragraphs and "Copyright" not in " ".join(story.paragraphs)


def test_reuters_style_page_with_time_before_headline():
    story = sample("reuters_style.txt")
    assert story.headline == "Japan's exports rise for third month as chip demand recovers"
    assert (story.section, story.published) == ("Asia Pacific", datetime(2023, 11, 14, 6, 52))
    assert story.bylines == []
    assert story.dateline.raw == "TOKYO, Nov 14 (Reuters) -"
    assert len(story.paragraphs) == 3
    assert story.paragraphs[-1].startswith("Imports fell 12.5%")


def test_hard_wrapped_sample_without_blank_lines():
    story = sample("hard_wrapped.txt")
    assert story.headline == "Fishing boats ordered back to port as typhoon nears southern coast"
    assert (story.section, story.published) == ("Society", datetime(2024, 8, 21, 16, 5))
    assert story.bylines == ["Lee Ji-won", "Choi Hyun-woo"]
    assert story.dateline.city == "BUSAN"
    assert len(story.paragraphs) == 5
    assert story.paragraphs[0].endswith("outlying islands, the coast guard said.")
    assert story.paragraphs[3].startswith('"We ask residents in low-lying')
    assert story.paragraphs[-1] == "Schools in parts of Busan will switch to remote classes on Thursday."


# ------------------------------------------------------ section/time lines
@pytest.mark.parametrize(
    ("line", "section", "when"),
    [
        ("North Korea 17:40 October 28, 2021", "North Korea", datetime(2021, 10, 28, 17, 40)),
        ("Politics 09:05 March 3, 2024", "Politics", datetime(2024, 3, 3, 9, 5)),
        ("2024-03-03 09:05", "", datetime(2024, 3, 3, 9, 5)),
        ("October 28, 2021 17:40", "", datetime(2021, 10, 28, 17, 40)),
        ("Updated: 2024-03-03 09:05", "", datetime(2024, 3, 3, 9, 5)),
        ("Published March 3, 2024 9:05 p.m. KST", "", datetime(2024, 3, 3, 21, 5)),
        ("Published: 2024-03-03T09:05:00+09:00", "", datetime(2024, 3, 3, 9, 5)),
        ("Politics | 2024.03.03 09:05", "Politics", datetime(2024, 3, 3, 9, 5)),
        ("Thursday, October 28, 2021 5:40 PM", "", datetime(2021, 10, 28, 17, 40)),
        ("28 October 2021 17:40 GMT", "", datetime(2021, 10, 28, 17, 40)),
        ("Oct. 28, 2021", "", datetime(2021, 10, 28)),
    ],
)
@pytest.mark.parametrize("where", ["after", "before"])
def test_section_and_time_line(line, section, when, where):
    header = [HEADLINE, line] if where == "after" else [line, HEADLINE]
    story = parse_page_text(page(*header, "By Jo Min-ho", LEAD, *BODY))
    assert (story.headline, story.section, story.published) == (HEADLINE, section, when)
    assert story.bylines == ["Jo Min-ho"]
    assert body_of(story) == BODY


def test_no_section_and_no_time():
    story = parse_page_text(page(HEADLINE, LEAD, *BODY))
    assert (story.section, story.published, story.bylines) == ("", None, [])
    assert body_of(story) == BODY


def test_headline_that_mentions_a_date_stays_the_headline():
    headline = "Parliament to vote on budget bill by March 3, 2024"
    story = parse_page_text(page(headline, "Politics 09:05 Feb. 20, 2024", LEAD, *BODY))
    assert (story.headline, story.section) == (headline, "Politics")


def test_standfirst_between_headline_and_dateline_is_not_body():
    story = parse_page_text(page(HEADLINE, "Officials warn of flooding in low-lying villages", LEAD, *BODY))
    assert story.headline == HEADLINE
    assert story.dateline.city == "MOKPO"
    assert body_of(story) == BODY


def test_body_without_dateline_starts_after_the_header():
    first = "Coastal towns reinforced sea walls on Tuesday ahead of the highest spring tides in a decade."
    story = parse_page_text(page(HEADLINE, "2024-04-02 08:00", first, *BODY))
    assert story.dateline is None
    assert story.paragraphs == [first, *BODY]


# ------------------------------------------------------------- wrapping
PARAS = [
    LEAD,
    "The ocean agency said water levels could rise 30 centimeters above the previous record "
    "set in 2014, with the highest readings expected around Thursday's evening high tide.",
    'Fishermen in Sinan hauled boats onto slipways and tied down gear. "We have never seen the '
    'sea this close to the houses," said a village head, who asked not to be named.',
    "Local governments opened 40 shelters in schools and community halls.",
    "Ferry operators said services to the outlying islands would run on reduced timetables "
    "until the weekend, and urged passengers to check before setting off.",
]


def _expected_after_wrapping(paragraphs, width):
    # A paragraph whose last line is so long that the next paragraph's first
    # word would not have fitted cannot be told from a wrapped line: the
    # parser is allowed to merge it, and must not lose or split anything else.
    out = [paragraphs[0]]
    for prev, nxt in zip(paragraphs, paragraphs[1:], strict=False):
        last = textwrap.wrap(prev, width)[-1]
        if len(last) + 1 + len(nxt.split()[0]) > width:
            out[-1] += " " + nxt
        else:
            out.append(nxt)
    out[0] = out[0].split(" -- ", 1)[1]
    return out


@pytest.mark.parametrize("width", [60, 66, 70, 72, 76, 78, 80])
def test_hard_wrapped_without_blank_lines(width):
    body = "\n".join(textwrap.fill(p, width) for p in PARAS)
    story = parse_page_text(f"{HEADLINE}\nBy Jo Min-ho\n{body}\n")
    assert story.headline == HEADLINE and story.bylines == ["Jo Min-ho"]
    assert story.dateline.raw == "MOKPO, April 2 (Yonhap) --"
    assert story.paragraphs == _expected_after_wrapping(PARAS, width)


@pytest.mark.parametrize("width", [60, 66, 72, 78])
def test_hard_wrapped_with_blank_lines_keeps_every_paragraph(width):
    body = "\n\n".join(textwrap.fill(p, width) for p in PARAS)
    story = parse_page_text(f"{HEADLINE}\n\n{body}\n")
    assert story.paragraphs == [PARAS[0].split(" -- ", 1)[1], *PARAS[1:]]


def test_hyphen_broken_words_are_rejoined():
    text = page(
        HEADLINE,
        "MOKPO (Yonhap) -- Officials described the plan as a once-in-a-\n"
        "decade effort to protect the coastline from rising seas and\nstorm surges.",
        *BODY,
    )
    story = parse_page_text(text)
    assert story.paragraphs[0] == (
        "Officials described the plan as a once-in-a-decade effort "
        "to protect the coastline from rising seas and storm surges."
    )


def test_blocks_with_uneven_line_breaks_are_one_paragraph_each():
    text = page(
        HEADLINE,
        LEAD.replace(" on Tuesday ", " on Tuesday\n"),
        "The tides are forecast to peak.\nThe ocean agency said so on Monday.",
        BODY[1],
    )
    story = parse_page_text(text)
    assert len(story.paragraphs) == 3
    assert story.paragraphs[1] == "The tides are forecast to peak. The ocean agency said so on Monday."


def test_one_paragraph_per_line_without_blank_lines():
    story = parse_page_text("\n".join([HEADLINE, LEAD, *BODY]) + "\n")
    assert body_of(story) == BODY


# ----------------------------------------------------------- whitespace
def test_crlf_tabs_nbsp_and_repeated_spaces():
    messy = page(
        HEADLINE + "  \t",
        "Politics\t09:05\u00a0March 3, 2024",
        LEAD.replace(" ", "  "),
        *[p.replace(" ", "\u00a0") + " \t " for p in BODY],
    ).replace("\n", "\r\n")
    story = parse_page_text(messy)
    assert (story.headline, story.section) == (HEADLINE, "Politics")
    assert story.published == datetime(2024, 3, 3, 9, 5)
    assert story.paragraphs[0] == LEAD.split(" -- ", 1)[1]
    assert body_of(story) == BODY


# ---------------------------------------------------------------- chrome
@pytest.mark.parametrize(
    "chrome",
    [
        "Go to Contents",
        "Go to Navigation",
        "Skip to main content",
        "Skip to content",
        "Send Feedback",
        "How can we improve?",
        "Thanks for your feedback!",
        "(END)",
        "(C) Yonhap News Agency. All Rights Reserved",
        "© 2024 Harbour Media Group",
        "Copyright 2024 Harbour Media Group. All rights reserved.",
        "Share",
        "Facebook",
        "Twitter",
        "X",
        "Email",
        "Print",
        "Copy link",
        "Kakao",
        "Share Facebook Twitter Email",
        "Facebook | X | Kakao | Copy link",
        "Advertisement",
        "Font size",
        "Menu",
        "Home | World | Politics | Economy | Sports",
        "Home > World > Asia",
        "Tags: tides, Mokpo, Sinan",
        "Keywords: #tides #Mokpo",
    ],
)
def test_chrome_lines_are_dropped(chrome):
    story = parse_page_text(page(chrome, HEADLINE, LEAD, BODY[0], chrome, BODY[1], chrome))
    assert story.headline == HEADLINE
    assert body_of(story) == BODY
    assert story.captions == []


def test_end_marker_at_the_end_of_the_last_paragraph_is_stripped():
    story = parse_page_text(page(HEADLINE, LEAD, BODY[0], BODY[1] + " (END)"))
    assert story.paragraphs[-1] == BODY[1]


@pytest.mark.parametrize("header", ["Related articles", "Related News", "Most viewed", "Latest news"])
def test_related_list_in_the_middle_ends_at_the_blank_line(header):
    items = "Typhoon season to start early, forecasters say\nIsland ferry fares to rise in July"
    story = parse_page_text(page(HEADLINE, LEAD, BODY[0], f"{header}\n{items}", BODY[1]))
    assert body_of(story) == BODY


@pytest.mark.parametrize("header", ["Related articles", "Most viewed", "Latest news"])
def test_related_list_at_the_end_is_dropped_entirely(header):
    tail = (
        f"{header}\n\nTyphoon season to start early, forecasters say\n\n"
        "Island ferry fares to rise in July\n\n2024-04-01 17:20"
    )
    story = parse_page_text(page(HEADLINE, LEAD, *BODY, tail))
    assert body_of(story) == BODY


def test_related_list_without_blank_lines_runs_to_the_end():
    text = "\n".join([HEADLINE, LEAD, *BODY, "Latest news", "Ferry fares to rise", "Tide tables"])
    assert body_of(parse_page_text(text)) == BODY


# -------------------------------------------------------------- captions
@pytest.mark.parametrize(
    "caption",
    [
        "This photo, provided by the Mokpo city government, shows workers stacking sandbags on April 1, 2024. (Yonhap)",
        "This file photo shows the sea wall at Mokpo harbor.",
        "This image, captured from a drone video, shows flooded rice fields near Sinan.",
        "In this photo taken April 1, 2024, a fisherman ties down his boat in Sinan.",
        "Photo: Residents fill sandbags in Mokpo on Monday.",
        "(Photo courtesy of the Mokpo city government)",
        "Workers stack sandbags along the sea wall in Mokpo on April 1, 2024. (Yonhap)",
        "Residents watch the rising tide from a pier in Sinan. (AP Photo/Lee Jin-man)",
    ],
)
def test_captions_before_the_dateline_are_kept_apart(caption):
    story = parse_page_text(page(HEADLINE, "By Jo Min-ho", caption, LEAD, *BODY))
    assert story.captions == [caption]
    assert story.headline == HEADLINE
    assert story.paragraphs[0] == LEAD.split(" -- ", 1)[1] and body_of(story) == BODY


def test_caption_before_the_headline():
    caption = "This photo shows the sea wall at Mokpo harbor. (Yonhap)"
    story = parse_page_text(page(caption, HEADLINE, LEAD, *BODY))
    assert (story.headline, story.captions) == (HEADLINE, [caption])


def test_wrapped_caption_in_hard_wrapped_text():
    caption = (
        "This photo, provided by the Mokpo city government, shows workers stacking sandbags "
        "along the sea wall on April 1, 2024. (Yonhap)"
    )
    text = "\n".join([HEADLINE, textwrap.fill(caption, 72), *(textwrap.fill(p, 72) for p in PARAS[:2])])
    story = parse_page_text(text)
    assert story.captions == [caption]
    assert story.dateline.city == "MOKPO"


def test_caption_between_body_paragraphs():
    caption = "In this file photo, waves break over the sea wall at Mokpo harbor. (Yonhap)"
    story = parse_page_text(page(HEADLINE, LEAD, BODY[0], caption, BODY[1]))
    assert story.captions == [caption]
    assert body_of(story) == BODY


def test_caption_with_photo_agency_credit_in_the_body():
    caption = "Workers stack sandbags on the sea wall in Mokpo. (AP Photo/Lee Jin-man)"
    story = parse_page_text("\n".join([HEADLINE, LEAD, BODY[0], caption, BODY[1]]))
    assert story.captions == [caption]
    assert body_of(story) == BODY


# -------------------------------------------------------------- headlines
def test_upper_case_kicker_in_the_headline_is_not_a_dateline():
    headline = "EXCLUSIVE — Coastal towns brace for record spring tides"
    story = parse_page_text(page(headline, LEAD, *BODY))
    assert story.headline == headline
    assert story.dateline.city == "MOKPO"


def test_outlet_name_after_the_headline_is_removed():
    story = parse_page_text(page(HEADLINE + " | Yonhap News Agency", LEAD, *BODY))
    assert story.headline == HEADLINE


@pytest.mark.parametrize("stamp", ["Updated 3 hours ago", "Published 17:40 KST", "4 min read"])
def test_time_stamps_without_a_date_are_chrome(stamp):
    story = parse_page_text(page(HEADLINE, stamp, "Coastal towns reinforced sea walls on Tuesday.", *BODY))
    assert story.published is None
    assert story.paragraphs == ["Coastal towns reinforced sea walls on Tuesday.", *BODY]


def test_paragraph_per_line_block_followed_by_a_blank_separated_paragraph():
    last = "The agency will update its forecast on Wednesday."
    story = parse_page_text("\n".join([HEADLINE, "", LEAD, *BODY, "", last]))
    assert body_of(story) == [*BODY, last]
