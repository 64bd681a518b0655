"""The word-level diff marks changed words and escapes every piece of text."""

from dateline.core.diff import word_diff


def test_changed_words_are_wrapped_in_ins_and_del():
    assert str(word_diff("the quick fox", "the slow fox")) == "the <del>quick</del> <ins>slow</ins> fox"


def test_text_is_escaped_so_markup_in_a_story_cannot_inject():
    out = str(word_diff("<b>safe</b>", "<script>alert(1)</script> & more"))
    assert "<script>" not in out and "&lt;script&gt;" in out and "&amp; more" in out


def test_paragraph_breaks_survive():
    assert "<br><br>" in str(word_diff("One.\n\nTwo.", "One.\n\nTwo, three."))
