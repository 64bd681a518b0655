"""Every attribute the inline sanitiser keeps that a browser follows as a URL
(href, and cite on <q>, which nh3's own scheme list does not cover) refuses
schemes other than http, https and mailto, however the scheme is disguised."""

import html5lib
import pytest
from hypothesis import given
from hypothesis import strategies as st

from dateline.core.html import INLINE_ATTRIBUTES, URL_ATTRIBUTES, clean_inline, safe_url

KEPT_URL_ATTRIBUTES = [(tag, attr) for tag, attrs in sorted(INLINE_ATTRIBUTES.items())
                       for attr in sorted(attrs) if attr in URL_ATTRIBUTES]
HOSTILE = ["javascript:alert(1)", " JaVaScRiPt:alert(1)", "java&#x09;script:alert(1)",
           "&#106;avascript:alert(1)", "jav\nascript:alert(1)", "vbscript:msgbox(1)",
           "data:text/html,<script>alert(1)</script>", "\x01javascript:alert(1)"]


def attributes(markup):
    fragment = html5lib.parseFragment(markup, treebuilder="etree", namespaceHTMLElements=False)
    return [(el.tag, name, value) for el in fragment.iter() for name, value in el.attrib.items()]


def test_the_kept_url_attributes_include_q_cite():
    assert ("q", "cite") in KEPT_URL_ATTRIBUTES and ("a", "href") in KEPT_URL_ATTRIBUTES


@pytest.mark.parametrize("tag,attr", KEPT_URL_ATTRIBUTES)
@pytest.mark.parametrize("url", HOSTILE)
def test_hostile_schemes_are_dropped(tag, attr, url):
    cleaned = clean_inline(f'<{tag} {attr}="{url}">quoted</{tag}>')
    assert "quoted" in cleaned
    assert not [a for a in attributes(cleaned) if a[1] == attr], cleaned


@pytest.mark.parametrize("tag,attr", KEPT_URL_ATTRIBUTES)
@pytest.mark.parametrize("url", ["https://example.org/a", "http://example.org/", "mailto:desk@example.org",
                                 "/view/DLN1", "notes.html#p2"])
def test_safe_urls_are_kept(tag, attr, url):
    assert (tag, attr, url) in attributes(clean_inline(f'<{tag} {attr}="{url}">quoted</{tag}>'))


@given(tag_attr=st.sampled_from(KEPT_URL_ATTRIBUTES), value=st.text(max_size=40))
def test_no_kept_url_attribute_carries_an_unsafe_scheme(tag_attr, value):
    tag, attr = tag_attr
    for _, name, kept in attributes(clean_inline(f"<{tag} {attr}={value!r}>x</{tag}>")):
        if name in URL_ATTRIBUTES:
            assert safe_url(kept), kept
