from dateline.core.html import clean_inline, escape_text, to_plain


def test_scripts_and_handlers_are_removed():
    dirty = 'Hello <script>alert(1)</script><img src=x onerror=alert(1)><a href="javascript:alert(1)">x</a>'
    clean = clean_inline(dirty)
    assert "<script" not in clean
    assert "onerror" not in clean
    assert "javascript:" not in clean
    assert clean.startswith("Hello")


def test_safe_inline_markup_is_kept():
    clean = clean_inline('A <em>big</em> <strong>day</strong> at <a href="https://example.org/">the port</a>')
    assert "<em>big</em>" in clean
    assert "<strong>day</strong>" in clean
    assert 'href="https://example.org/"' in clean
    assert 'rel="noopener noreferrer"' in clean


def test_block_markup_is_flattened():
    assert clean_inline("<div><p>One</p></div>") == "One"


def test_control_characters_are_stripped():
    assert clean_inline("a\x00b\x07c") == "abc"


def test_plain_text_is_escaped():
    assert escape_text('5 < 6 & "quotes" <b>') == '5 &lt; 6 &amp; "quotes" &lt;b&gt;'


def test_to_plain_unescapes_entities():
    assert to_plain("Tom &amp; <em>Jerry</em> &lt;3") == "Tom & Jerry <3"
