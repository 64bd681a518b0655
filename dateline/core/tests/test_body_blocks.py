"""Story bodies keep their structure: paragraphs, subheads, lists, quotes and
tables, each sanitised to the allow-list and numbered on the page."""

import pytest

from dateline.core.html import block_tag, body_from_html, clean_body_item, is_block, item_text, render_item
from dateline.search.text import plain
from dateline.stories.services import clean_paragraphs, render_body, summarize


def test_paragraphs_and_blocks_are_split_at_the_top_level():
    items = body_from_html(
        "<p>First <b>bold</b></p><h3>Results</h3>"
        "<ul><li>one</li><li>two</li></ul><blockquote><p>Said</p></blockquote>"
        "<table><tr><th>Team</th><th>Pts</th></tr><tr><td>Seoul</td><td>3</td></tr></table>"
    )
    assert [block_tag(i) for i in items] == ["p", "h3", "ul", "blockquote", "table"]
    assert items[0] == "First <b>bold</b>"
    assert items[2] == "<ul><li>one</li><li>two</li></ul>"


def test_text_outside_paragraphs_is_kept_as_paragraphs():
    assert body_from_html("before <p>inside</p> after") == ["before", "inside", "after"]
    assert body_from_html("<div>one</div><div>two <i>x</i></div>") == ["one", "two <i>x</i>"]
    assert body_from_html("Line one<br>line two<br><br>Next") == ["Line one<br>line two", "Next"]


def test_headings_map_onto_the_body_levels():
    assert body_from_html("<h1>Top</h1><h6>Low</h6>") == ["<h2>Top</h2>", "<h4>Low</h4>"]


@pytest.mark.parametrize(
    "hostile",
    [
        '<ul><li><a href="javascript:alert(1)">x</a></li></ul>',
        '<table><tr><td onclick="alert(1)">x</td></tr></table>',
        '<blockquote cite="javascript:alert(1)"><p>x</p></blockquote>',
        "<h2>x<script>alert(1)</script></h2>",
        '<ul><li><img src=x onerror="alert(1)">x</li></ul>',
    ],
)
def test_blocks_are_sanitised(hostile):
    (item,) = body_from_html(hostile)
    assert is_block(item)
    for bad in ("javascript:", "onclick", "onerror", "<script", "<img"):
        assert bad not in item


def test_an_emptied_block_is_dropped_and_a_stray_tag_is_a_paragraph():
    assert clean_body_item("<ul><li><script>x</script></li></ul>") == ""
    assert clean_body_item("<div>plain</div>") == "plain"


def test_words_in_cells_and_items_stay_apart():
    table = "<table><tr><td>1</td><td>2</td></tr></table>"
    assert item_text(table) == "1 2"
    assert plain(table).split() == ["1", "2"]
    assert item_text("<ul><li>a</li><li>b</li></ul>") == "a b"


def test_every_item_is_numbered_and_the_dateline_opens_the_first_paragraph():
    body = clean_paragraphs(["<h2>Sub</h2>", "Text", "<ul><li>x</li></ul>"])
    html = render_body(body, "SEOUL, Oct. 28 (Dateline) --")
    assert html.splitlines() == [
        '<h2 id="p1">Sub</h2>',
        '<p id="p2"><span class="dateline">SEOUL, Oct. 28 (Dateline) --</span> Text</p>',
        '<ul id="p3"><li>x</li></ul>',
    ]
    assert render_item("<table><tbody></tbody></table>", 7).startswith('<table id="p7">')


def test_the_summary_comes_from_the_first_paragraph_not_a_subhead():
    assert summarize(["<h2>Sub</h2>", "The lead paragraph."]) == "The lead paragraph."


@pytest.mark.parametrize(
    "value", ["javascript:alert(1)", " JavaScript:alert(1)", "java\tscript:alert(1)", "data:text/html,x"]
)
def test_no_script_url_survives_in_any_url_attribute(value):
    from dateline.core.html import clean_inline

    assert "cite" not in clean_inline(f'<q cite="{value}">x</q>')
    assert "href" not in clean_inline(f'<a href="{value}">x</a>')
    assert clean_inline('<q cite="https://example.org/a">x</q>') == '<q cite="https://example.org/a">x</q>'
