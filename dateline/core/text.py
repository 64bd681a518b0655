"""Plain-text hygiene shared by every app: one definition of the characters
that never belong in stored or indexed text."""

import re

# C0 controls other than tab, line feed and carriage return; DEL; the C1
# controls (0x80-0x9F: in real text they are Windows-1252 bytes decoded as
# Latin-1, never characters anyone typed).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# The same and the layout controls too (tab, newlines).
_CONTROL_AND_LAYOUT = re.compile(r"[\x00-\x1f\x7f-\x9f]")
# Zero-width characters, bidirectional controls and the byte-order mark:
# invisible, and they split or join words a reader sees as one.
_INVISIBLE = "\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff"
_CONTROL_INVISIBLE = re.compile(f"[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f{_INVISIBLE}]")
_ALL = re.compile(f"[\\x00-\\x1f\\x7f-\\x9f{_INVISIBLE}]")


def strip_control(text: str, *, layout: bool = False, invisible: bool = False, replace: str = "") -> str:
    """Remove control characters. `layout=True` removes tabs and newlines
    too; `invisible=True` also zero-width and bidirectional controls.
    `replace` puts something (a space, for search) in their place."""
    pattern = {
        (False, False): _CONTROL,
        (True, False): _CONTROL_AND_LAYOUT,
        (False, True): _CONTROL_INVISIBLE,
        (True, True): _ALL,
    }[(layout, invisible)]
    return pattern.sub(replace, text)
