from .section import Author, Section
from .story import DailySequence, Story, StoryQuerySet
from .version import Revision, StoryVersion

__all__ = [
    "Author",
    "DailySequence",
    "Revision",
    "Section",
    "Story",
    "StoryQuerySet",
    "StoryVersion",
]
