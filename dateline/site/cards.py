"""Story cards: the few fields a list shows, read as plain rows.

Lists show dozens of stories; building two model instances per row (story and
live version) cost more than the query. Cards are made from value rows.
"""

from dataclasses import dataclass
from datetime import datetime

from django.core.paginator import Paginator
from django.utils.functional import cached_property

from dateline.core.urls import fast_reverse
from dateline.stories.models import Story

CARD_FIELDS = (
    "public_id",
    "headline",
    "section_id",
    "first_published_at",
    "urgency",
    "live__label",
    "live__summary",
    "live__photos",
)


@dataclass(slots=True)
class StoryCard:
    public_id: str
    headline: str
    section_id: int
    published: datetime
    urgency: int
    label: str
    summary: str
    photos: list  # the live version's photo ids, lead first
    picture: object = None  # the lead photo's thumbnail, set by dateline.photos.display.attach_pictures

    @property
    def url(self):
        return fast_reverse("site:article", self.public_id)


def listed_rows(queryset=None):
    """Listed stories, newest first, as value rows ready for `cards()`."""
    queryset = Story.objects.listed() if queryset is None else queryset
    # Newest first by the indexed column alone, so the index yields the order.
    return queryset.order_by("-first_published_at").values_list(*CARD_FIELDS)


def cards(rows):
    return [StoryCard(*row) for row in rows]


class CardPaginator(Paginator):
    """Pages of card rows, counted on the story table alone: the rows' join
    with the live version would otherwise be carried into COUNT(*)."""

    def __init__(self, queryset, per_page):
        super().__init__(listed_rows(queryset), per_page)
        self._count_queryset = queryset

    @cached_property
    def count(self):
        return self._count_queryset.count()


LIST_FIELDS = (
    "public_id",
    "headline",
    "section_id",
    "first_published_at",
    "last_published_at",
    "urgency",
    "status",
    "live__summary",
    "live__label",
    "live__bylines",
)


def listed_stories():
    """Listed stories as light model instances, newest first (for pages that
    need models; plain lists use dateline.site.cards)."""
    return Story.objects.listed().select_related("live").only(*LIST_FIELDS).order_by("-first_published_at")
