"""The words of a body as received ("no word lost" is checked against them)
are counted the same whether the body needed a tree or not: one list of the
elements that keep words apart serves both."""

import pytest
from lxml import html as lxml_html

from dateline.ingest.parsers.wiretext import _block_text, from_html


@pytest.mark.parametrize(
    "markup",
    [
        "<p>one</p><p>two</p>",
        "<div>cell</div><footer>end</footer>tail",
        "<ul><li>a</li><li>b</li></ul><table><tr><td>1</td><td>2</td></tr></table>",
        "<p>line<br>break</p><blockquote>quote</blockquote><aside>box</aside>",
        "<section>s</section><article>a</article><block>nitf</block><dl><dt>t</dt><dd>d</dd></dl>",
        "<p>in<em>line</em> words</p>",
    ],
)
def test_words_as_received_are_the_same_with_or_without_a_tree(markup):
    tree = lxml_html.fragment_fromstring(markup, create_parent="div")
    assert from_html(markup).source_text == _block_text(tree)
