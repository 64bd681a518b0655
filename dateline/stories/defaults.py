"""The sections a new Dateline newsroom starts with."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .models import Section

DEFAULT_SECTIONS = [
    ("National", "national", 310),
    ("North Korea", "north-korea", 325),
    ("Politics", "politics", 315),
    ("Economy", "economy", 320),
    ("Business", "business", 330),
    ("Sports", "sports", 340),
    ("Culture", "culture", 350),
    ("World", "world", 360),
]


def ensure_default_sections(section_model: type[Section]) -> None:
    """Create any missing default section; takes the model so migrations can pass theirs."""
    for position, (name, slug, code) in enumerate(DEFAULT_SECTIONS):
        section_model.objects.get_or_create(slug=slug, defaults={"name": name, "code": code, "position": position})
