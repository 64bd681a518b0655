"""A body of plain paragraphs is read without building a tree (most wire
bodies are that, and reading them is most of an ingest's time). That path
must give exactly the items the tree walk gives, for every body it takes."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline.core import html
from dateline.core.html import _body_from_tree, body_from_html

BODIES = [
    "<p>Officials met on Thursday, a spokesperson said.</p><p>The talks covered <em>trade</em>.</p>",
    "<p>  Leading and trailing space  </p>\n\n<p>Two</p>",
    '<p><strong>Seoul</strong> <em>said</em> <a href="https://example.org/a?b=1&amp;c=2">so</a></p>',
    "<p>Fish &amp; chips &lt;3 &gt; &quot;quoted&quot; &#39;single&#39;</p>",
    "<p></p><p> </p><p>Only this one</p>",
    "<p><em></em></p><p><span>spanned</span> <b>bold</b><i>italic</i></p>",
    "<P>Upper <EM>case</EM> tags</P>",
    '<p><a href="javascript:alert(1)">no script URL</a> <a href="">empty</a></p>',
    "<p>x<sub>2</sub> and m<sup>3</sup>, <code>code</code>, <q>quote</q>, <cite>cite</cite></p>",
    "<p>Tab\tand\nnewline inside</p>",
]


@pytest.mark.parametrize("body", BODIES)
def test_paragraph_path_gives_the_tree_walks_items(body, monkeypatch):
    expected = _body_from_tree(body.strip())
    # The body must not reach the tree walk: it is read by the paragraph path.
    monkeypatch.setattr(html, "_body_from_tree", lambda source: pytest.fail("took the tree walk"))
    assert body_from_html(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "<p class='signoff'>marked</p>",
        "<p>line<br>break</p>",
        "<p>one</p><h2>subhead</h2>",
        "<p>text &hellip; entity</p>",
        "<p>&nbsp;</p>",
        "<p>Unclosed <em>emphasis</p><p>next</p>",
        "<p><i><em>misnested</i> text</em></p>",
        "<p>\xa0<em>x</em></p>",
        "<p>comment <!-- x --></p>",
        "<p>a <img src=x> b</p>",
        "text outside <p>a paragraph</p>",
    ],
)
def test_anything_else_takes_the_tree_walk(body, monkeypatch):
    walked = []
    monkeypatch.setattr(html, "_body_from_tree", lambda source: walked.append(source) or [])
    body_from_html(body)
    assert walked == [body]


PIECES = st.sampled_from(
    [
        "word",
        " ",
        "  ",
        "\n",
        "&amp;",
        "&lt;",
        "&gt;",
        "&quot;",
        "&nbsp;",
        "&#39;",
        "\xa0",
        "\u2003",
        "\t",
        "é",
        "ß",
        "<",
        ">",
        '"',
        "'",
        "&",
    ]
    + [f"<{t}>" for t in ("em", "strong", "b", "i", "span", "q", "code")]
    + [f"</{t}>" for t in ("em", "strong", "b", "i", "span", "q", "code")]
    + ['<a href="https://example.org/x">', '<a href="/relative">', "</a>", "<p>", "</p>"]
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(PIECES, max_size=12).map("".join), min_size=1, max_size=4))
def test_any_body_the_paragraph_path_takes_reads_as_the_tree_reads_it(paragraphs):
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    assert body_from_html(body) == _body_from_tree(html.strip_control(body).strip())
