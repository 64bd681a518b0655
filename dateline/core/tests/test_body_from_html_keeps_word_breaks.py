"""A space that stands alone between two inline elements is a word break:
"<strong>Seoul</strong> <em>said</em>" must not become "Seouls aid"."""

from dateline.core.html import body_from_html


def test_space_between_inline_elements_is_kept():
    assert body_from_html("<p><strong>Seoul</strong> <em>said</em> <a href='https://x.org'>so</a></p>") == [
        '<strong>Seoul</strong> <em>said</em> <a href="https://x.org" rel="noopener noreferrer">so</a>'
    ]


def test_whitespace_between_blocks_adds_nothing():
    assert body_from_html("<p>One</p>\n  <p>Two</p>\n<ul><li>a</li></ul>\n") == ["One", "Two", "<ul><li>a</li></ul>"]


def test_a_line_break_followed_by_space_keeps_the_break():
    assert body_from_html("<p>Line one<br> <b>two</b></p>") == ["Line one<br> <b>two</b>"]
