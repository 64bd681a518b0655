"""A phone copy puts the picture's "Read More" button on the line right above
the lead, with no blank line between: the button is furniture, but the lead
under it (it opens with the dateline) is the story's first paragraph, never
the first item of a list of links. A "Read more" list of headlines is still
dropped whole."""

from dateline.ingest.pasted import parse_page_text

LEAD = (
    "SEOUL, South Korea (AP) — South Korea's main opposition party on Tuesday elected a veteran "
    "lawmaker as its floor leader, setting up a clash with the government over a budget."
)
PAGE = """World News
Opposition party picks new floor leader ahead of budget fight
By HYUNG-JIN KIM
Updated 6:41 AM GMT+9, March 4, 2025
Members of the party attend a meeting in Seoul, South Korea, Tuesday, March 4, 2025. (AP Photo/Ahn Young-joon)
Read More
{lead}

The lawmaker won 95 of 170 votes cast by the party's legislators, the party said.

The government has said it will submit the budget proposal to parliament later this month.
"""


def test_the_lead_under_the_button_is_the_first_paragraph():
    story = parse_page_text(PAGE.format(lead=LEAD))
    assert story.dateline is not None and story.dateline.raw == "SEOUL, South Korea (AP) —"
    assert story.paragraphs[0].startswith("South Korea's main opposition party on Tuesday")
    assert len(story.paragraphs) == 3
    assert "Read More" in story.dropped
    assert not any("Read More" in p for p in story.paragraphs)


def test_a_lead_wrapped_under_the_button_is_kept_too():
    wrapped = LEAD[:90] + "\n" + LEAD[90:]
    story = parse_page_text(PAGE.format(lead=wrapped))
    assert story.dateline is not None
    assert story.paragraphs[0].startswith("South Korea's main opposition party")


def test_a_read_more_list_of_headlines_is_still_dropped():
    page = PAGE.format(lead=LEAD).replace(
        "\nThe government has said",
        "\nRead more\nSeoul home prices rise again despite loan curbs\nBank of Korea holds rates\n\nThe government has said",
    )
    story = parse_page_text(page)
    assert len(story.paragraphs) == 3
    assert not any("Seoul home prices" in p or "Bank of Korea holds" in p for p in story.paragraphs)
