"""Lines a site adds around its own copy are not the story: a picture's alt
text over its caption (under the headline or between paragraphs), an "Update ...: This article has
been updated" note, invitations to follow its coverage or become a member,
a kicker alone in brackets ("[EXPLAINER]", no caption); a teaser under a
"Most Popular" list with its date; and a caption closed by "Courtesy of
Name" is kept apart."""

from dateline.ingest.pasted import parse_page_text

PAGE = """News

[EXPLAINER]
North Korea opens new hospital in Pyongyang

Chae Yun-hwan
October 10, 2023

Update, 14:20 KST: This article has been updated with comments from the unification ministry.

Hospital opening ceremony
Kim Jong Un at the hospital's opening ceremony in Pyongyang on Oct. 10. Courtesy of KCNA

North Korea has opened a new general hospital in Pyongyang, state media reported Tuesday.

New ward
A ward of the new hospital in Pyongyang, in a picture released on Oct. 10. (KCNA)

The hospital missed its original deadline as the country closed its borders during the pandemic.

Follow our live coverage for updates as they come in.

Become a member for full access to our analysis.

Most Popular
-
1
Seoul to build new cultural complex
-
[Editorial] Tax cuts need a plan
The government's proposal to cut the inheritance tax lacks an estimate of the revenue it will cost.
April 1, 2024
"""


def test_only_the_story_is_left():
    story = parse_page_text(PAGE)
    assert story.headline == "North Korea opens new hospital in Pyongyang"
    assert story.bylines == ["Chae Yun-hwan"]
    assert story.captions == [
        "Kim Jong Un at the hospital's opening ceremony in Pyongyang on Oct. 10. Courtesy of KCNA",
        "A ward of the new hospital in Pyongyang, in a picture released on Oct. 10. (KCNA)",
    ]
    assert story.paragraphs == [
        "North Korea has opened a new general hospital in Pyongyang, state media reported Tuesday.",
        "The hospital missed its original deadline as the country closed its borders during the pandemic.",
    ]


def test_a_clock_stamp_beside_the_day_gives_the_time():
    page = PAGE.replace(
        "Chae Yun-hwan\nOctober 10, 2023",
        "Updated 16:40 KST · 12 minutes ago\nJeongmin Lee | Chad O'Carroll October 10, 2023",
    )
    story = parse_page_text(page)
    assert story.bylines == ["Jeongmin Lee", "Chad O'Carroll"]
    assert story.published.strftime("%Y-%m-%d %H:%M") == "2023-10-10 16:40"
