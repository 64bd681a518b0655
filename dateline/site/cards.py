"""Story cards: the few fields a list shows, read as plain rows.

Lists show dozens of stories; building two model instances per row (story and
live version) cost more than the query. Cards are made from value rows, and
each card's HTML is rendered once and kept (see `CardList`).

Everything a card shows must be a field of `StoryCard`: the card itself is
the key of its rendered HTML, so a field the template reads but the key
lacks would let an old rendering stand. Fields must be hashable (a photo as
a tuple or a frozen dataclass, not a dict). The markup is one macro,
`story_card` in core/macros.html, shared with every other story list.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.core.paginator import Paginator
from django.core.signals import setting_changed
from django.db.models import QuerySet
from django.dispatch import receiver
from django.utils.functional import cached_property
from jinja2 import Environment
from markupsafe import Markup

from dateline.core.fragments import FragmentCache
from dateline.core.prepared import DATETIME_SENTINEL, INT_SENTINEL, PreparedRows, as_datetime
from dateline.core.urls import fast_reverse
from dateline.stories.models import Story

# The public version's headline: the story's own is the desk's working copy,
# which may hold an edit not yet published.
CARD_FIELDS = (
    "public_id",
    "live__headline",
    "section_id",
    "first_published_at",
    "urgency",
    "live__label",
    "live__summary",
    "live__photos__0",  # the lead photo's id (a JSON array's first item), or None
)


@dataclass(slots=True, frozen=True)
class StoryCard:
    public_id: str
    headline: str
    section_id: int
    # As the database driver gives it (see dateline.core.prepared.PreparedRows).
    published_value: Any
    urgency: int
    label: str
    summary: str
    lead_photo: int | None
    # The lead photo's thumbnail (dateline.photos.display.with_pictures): a
    # field, so a new crop or a withdrawal is a new card and a new rendering.
    picture: Any = None

    @property
    def url(self) -> str:
        return fast_reverse("site:article", self.public_id)

    @property
    def published(self) -> datetime | None:
        return as_datetime(self.published_value)


def listed_rows(queryset: QuerySet[Story] | None = None) -> QuerySet[Any]:
    """Listed stories, newest first, as value rows ready for `cards()`."""
    queryset = Story.objects.listed() if queryset is None else queryset
    # Newest first by the indexed column alone, so the index yields the order.
    return queryset.order_by("-first_published_at").values_list(*CARD_FIELDS)


def cards(rows: Iterable[Sequence[Any]]) -> list[StoryCard]:
    return [StoryCard(*row) for row in rows]


# Field positions in a card row.
SECTION_ID, URGENCY = CARD_FIELDS.index("section_id"), CARD_FIELDS.index("urgency")


# The newest listed stories, and the newest of one section: compiled once,
# run with the current time (and the section's id).
def newest_rows(now: datetime, limit: int) -> list[tuple[Any, ...]]:
    """Rows for `StoryCard(*row)`: a page makes cards of those it shows."""
    prepared = _NEWEST.get(limit)
    if prepared is None:
        prepared = _NEWEST[limit] = PreparedRows(lambda at: listed_rows(Story.objects.listed(now=at))[:limit])
    return prepared.rows(now)


def newest_in_section(now: datetime, section_id: int, limit: int) -> list[StoryCard]:
    prepared = _NEWEST_IN_SECTION.get(limit)
    if prepared is None:
        prepared = _NEWEST_IN_SECTION[limit] = PreparedRows(
            lambda at, section: listed_rows(Story.objects.listed(now=at).filter(section_id=section))[:limit],
            sentinels=(DATETIME_SENTINEL, INT_SENTINEL),
        )
    return cards(prepared.rows(now, section_id))


_NEWEST: dict[int, PreparedRows] = {}
_NEWEST_IN_SECTION: dict[int, PreparedRows] = {}


class CardList:
    """`card_list(cards, summary=False)` in the site's templates: a story list
    whose items are rendered once per card and then reused."""

    def __init__(self, env: Environment) -> None:
        self.env = env
        self.fragments: FragmentCache[Markup] = FragmentCache(self._render)
        _CARD_LISTS.append(self)

    def _render(self, card: StoryCard, summary: bool) -> Markup:
        return Markup(self.env.get_template("core/macros.html").module.story_card(card, summary))  # type: ignore[attr-defined]

    def __call__(self, stories: Iterable[StoryCard], summary: bool = False) -> Markup:
        get = self.fragments.get
        items = "".join([get((card, summary), card, summary) for card in stories])
        return Markup(f'<ul class="story-list">\n{items}</ul>')


_CARD_LISTS: list[CardList] = []


@receiver(setting_changed)
def _forget_cards(**kwargs: object) -> None:
    # Time zone, URL prefix...: a rendering depends on settings, which only
    # tests change while the process runs.
    for card_list in _CARD_LISTS:
        card_list.fragments.clear()
    for prepared in (*_NEWEST.values(), *_NEWEST_IN_SECTION.values()):
        prepared.reset()


class CardPaginator(Paginator):
    """Pages of card rows, counted on the story table alone: the rows' join
    with the live version would otherwise be carried into COUNT(*)."""

    def __init__(self, queryset: QuerySet[Story], per_page: int) -> None:
        super().__init__(listed_rows(queryset), per_page)
        self._count_queryset = queryset

    @cached_property
    def count(self) -> int:
        return self._count_queryset.count()


LIST_FIELDS = (
    "public_id",
    "headline",
    "section_id",
    "first_published_at",
    "last_published_at",
    "urgency",
    "status",
    "live__headline",
    "live__summary",
    "live__label",
    "live__bylines",
)


def listed_stories() -> QuerySet[Story]:
    """Listed stories as light model instances, newest first (for pages that
    need models; plain lists use dateline.site.cards)."""
    return Story.objects.listed().select_related("live").only(*LIST_FIELDS).order_by("-first_published_at")
