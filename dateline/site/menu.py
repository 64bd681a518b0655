"""The section menu every public page shows.

Pages do not pass it: base.html reads the Jinja2 global ``sections``
(see dateline.site.jinja), a lazy sequence that asks for the sections only
when a template iterates it. A view that passes its own ``sections`` wins over
the global, which is how the error pages keep the database out of it.
"""

import time
from collections.abc import Sequence

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from dateline.stories.models import Section

SECTIONS_TTL = 60.0
_sections_memo = {"at": -SECTIONS_TTL, "sections": []}


def all_sections():
    """Sections change a few times a year, and every page needs them for its
    menu: keep them in process memory for a minute. A change made in this
    process shows at once (see forget_sections); other processes within
    SECTIONS_TTL seconds."""
    now = time.monotonic()
    if now - _sections_memo["at"] > SECTIONS_TTL:
        _sections_memo["sections"] = list(Section.objects.all())
        _sections_memo["at"] = now
    return _sections_memo["sections"]


@receiver([post_save, post_delete], sender=Section)
def forget_sections(**kwargs):
    _sections_memo["at"] = -SECTIONS_TTL


def all_sections_safe():
    try:
        return all_sections()
    except Exception:  # the 404 page must render even if the database is down
        return []


class SectionMenu(Sequence):
    """all_sections(), read only when a template first looks at it, so a page
    that never draws the menu never queries for it."""

    def __getitem__(self, index):
        return all_sections()[index]

    def __len__(self):
        return len(all_sections())

    def __iter__(self):
        return iter(all_sections())

    def __repr__(self):
        return "<SectionMenu>"


MENU = SectionMenu()
