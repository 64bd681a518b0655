"""A stock picture's credit may open with a digit ("(123rf)"): the line it
closes is a caption, above the story or between its paragraphs, and a
figure in brackets closing a sentence of the story is not a credit."""

from dateline.ingest.pasted import parse_page_text

PAGE = """Seoul to cap late-night taxi surcharges

By Lee Jung-joo

A woman hails a taxi on a street in central Seoul at night. (123rf)

The Seoul Metropolitan Government will cap late-night surcharges for taxis at 40 percent of the base fare from next month, the city said Tuesday.

Drivers' unions said the change would cut their income by about 8 percent.

Passengers wait for taxis in front of Gangnam Station. (123rf)

The city said the cap would be reviewed after six months, in line with the transport plan (2024).
"""


def test_digit_credit_marks_captions_and_figures_stay_text():
    story = parse_page_text(PAGE)
    assert story.headline == "Seoul to cap late-night taxi surcharges"
    assert story.captions == [
        "A woman hails a taxi on a street in central Seoul at night. (123rf)",
        "Passengers wait for taxis in front of Gangnam Station. (123rf)",
    ]
    assert len(story.paragraphs) == 3
    assert story.paragraphs[-1].endswith("in line with the transport plan (2024).")
