"""One stripper of control characters, with the options its callers need."""

from dateline.core.text import strip_control


def test_controls_go_and_layout_stays_by_default():
    assert strip_control("a\x00b\x1bc\x7fd\x85e\tf\ng\rh") == "abcde\tf\ng\rh"


def test_layout_can_go_too_and_be_replaced_by_a_space():
    assert strip_control("a\tb\nc", layout=True, replace=" ") == "a b c"


def test_invisible_characters_go_only_when_asked():
    text = "co\u200bop\u202eeration\ufeff"
    assert strip_control(text) == text
    assert strip_control(text, invisible=True) == "cooperation"


def test_every_app_uses_the_one_stripper():
    # The sanitiser, the feedback form and the search index all clean text
    # through it, so a character refused in one is refused in all.
    from dateline.core import html
    from dateline.feedback import forms
    from dateline.search import text

    assert html.strip_control is strip_control
    assert forms.strip_control is strip_control
    assert text.strip_control is strip_control
