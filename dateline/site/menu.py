"""The section menu every public page shows.

Pages do not pass it: base.html reads the Jinja2 global ``sections``
(see dateline.site.jinja), a lazy sequence that asks for the sections only
when a template iterates it. A view that passes its own ``sections`` wins over
the global, which is how the error pages keep the database out of it.
"""

import time
from collections.abc import Sequence
from typing import Any

from django.core.signals import setting_changed
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from jinja2 import Environment
from markupsafe import Markup

from dateline.core.fragments import FragmentCache
from dateline.stories.models import Section

SECTIONS_TTL = 60.0
_sections_memo: dict[str, Any] = {"at": -SECTIONS_TTL, "sections": [], "shown": ()}


def all_sections():
    """Sections change a few times a year, and every page needs them for its
    menu: keep them in process memory for a minute. A change made in this
    process shows at once (see forget_sections); other processes within
    SECTIONS_TTL seconds."""
    now = time.monotonic()
    if now - _sections_memo["at"] > SECTIONS_TTL:
        sections = list(Section.objects.all())
        _sections_memo["sections"] = sections
        # What the menu shows of them: the key of its rendered HTML.
        _sections_memo["shown"] = tuple((s.pk, s.slug, s.name) for s in sections)
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


class MenuItems:
    """`menu_items(sections, current_section, at_home)` in base.html: the
    menu's links, rendered once for each section a page can be in and
    reused while the sections stay as they are (the key is what the menu
    shows of them). A page that passes its own list is rendered as it is."""

    def __init__(self, env: Environment) -> None:
        self.env = env
        self.fragments: FragmentCache[Markup] = FragmentCache(self._render, size=256)
        _MENU_ITEMS.append(self)

    def _render(self, sections: Sequence[Section], current: Section | None, at_home: bool) -> Markup:
        macro = self.env.get_template("site/_menu.html").module.menu_items  # type: ignore[attr-defined]
        return Markup(macro(sections, current, at_home))

    def __call__(self, sections: Sequence[Section], current: Section | None, at_home: bool) -> Markup:
        current_pk = getattr(current, "pk", None) if current else None
        if sections is not MENU:
            return self._render(sections, current, at_home)
        listed = all_sections()
        return self.fragments.get((_sections_memo["shown"], current_pk, at_home), listed, current, at_home)


_MENU_ITEMS: list[MenuItems] = []


@receiver(setting_changed)
def _forget_menus(**kwargs: object) -> None:
    for items in _MENU_ITEMS:
        items.fragments.clear()
