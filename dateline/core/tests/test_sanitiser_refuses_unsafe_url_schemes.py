"""Every attribute the sanitisers keep that a browser follows as a URL
(href, and cite on <q>, which nh3's own scheme list does not cover) refuses
schemes other than http, https and mailto, however the scheme is disguised."""

import html5lib
import pytest
from hypothesis import given
from hypothesis import strategies as st

from dateline.core import html
from dateline.core.html import BLOCK_ATTRIBUTES, INLINE_ATTRIBUTES, URL_ATTRIBUTES, safe_url

# Every sanitiser with the attributes it keeps.
SANITISERS = {"clean_inline": INLINE_ATTRIBUTES, "clean_block": BLOCK_ATTRIBUTES}
KEPT_URL_ATTRIBUTES = [
    (name, tag, attr)
    for name, kept in SANITISERS.items()
    for tag, attrs in sorted(kept.items())
    for attr in sorted(attrs)
    if attr in URL_ATTRIBUTES
]


def clean(name, markup):
    return getattr(html, name)(markup)


HOSTILE = [
    "javascript:alert(1)",
    " JaVaScRiPt:alert(1)",
    "java&#x09;script:alert(1)",
    "&#106;avascript:alert(1)",
    "jav\nascript:alert(1)",
    "vbscript:msgbox(1)",
    "data:text/html,<script>alert(1)</script>",
    "\x01javascript:alert(1)",
]


def attributes(markup):
    fragment = html5lib.parseFragment(markup, treebuilder="etree", namespaceHTMLElements=False)
    return [(el.tag, name, value) for el in fragment.iter() for name, value in el.attrib.items()]


def test_the_kept_url_attributes_include_q_cite():
    assert ("clean_inline", "q", "cite") in KEPT_URL_ATTRIBUTES
    assert ("clean_block", "blockquote", "cite") in KEPT_URL_ATTRIBUTES


@pytest.mark.parametrize("name,tag,attr", KEPT_URL_ATTRIBUTES)
@pytest.mark.parametrize("url", HOSTILE)
def test_hostile_schemes_are_dropped(name, tag, attr, url):
    cleaned = clean(name, f'<{tag} {attr}="{url}">quoted</{tag}>')
    assert "quoted" in cleaned
    assert not [a for a in attributes(cleaned) if a[1] == attr], cleaned


@pytest.mark.parametrize("name,tag,attr", KEPT_URL_ATTRIBUTES)
@pytest.mark.parametrize(
    "url", ["https://example.org/a", "http://example.org/", "mailto:desk@example.org", "/view/DLN1", "notes.html#p2"]
)
def test_safe_urls_are_kept(name, tag, attr, url):
    assert (tag, attr, url) in attributes(clean(name, f'<{tag} {attr}="{url}">quoted</{tag}>'))


@given(kept=st.sampled_from(KEPT_URL_ATTRIBUTES), value=st.text(max_size=40))
def test_no_kept_url_attribute_carries_an_unsafe_scheme(kept, value):
    name, tag, attr = kept
    for _, attribute, url in attributes(clean(name, f"<{tag} {attr}={value!r}>x</{tag}>")):
        if attribute in URL_ATTRIBUTES:
            assert safe_url(url), url
