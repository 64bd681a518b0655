"""Incoming items into stories: the desk's Acceptance and Dismissal, and
publish_incoming() for feeds that publish on arrival.

An item's story keeps the sender's credit and dateline and its desk notes,
is dated when Dateline takes it, and holds the sender's embargo while it is
still ahead.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from django.db import transaction
from django.utils import timezone

from dateline.core.languages import to_bcp47
from dateline.core.timefmt import to_newsroom
from dateline.stories.actions import Action, Actor, CreateStory, MoveEmbargo, Publish, Update, under_embargo
from dateline.stories.models import Section, Story
from dateline.stories.services import StoryError

from .models import Feed, IncomingItem


def section_for(item: IncomingItem, feed: Feed | None = None) -> Section:
    """The item's own section, else its feed's, else the default one."""
    section = Section.for_copy(item.section_name, feed.section_id if feed is not None else None)
    if section is None:
        raise StoryError("there is no section to file the story in")
    return section


def _story_fields(item: IncomingItem) -> dict:
    return {
        "bylines": list(item.bylines),
        "dateline_city": item.dateline_city,
        "dateline_country": item.dateline_country,
        "dateline_agency": item.dateline_agency,
        "urgency": item.urgency or 4,
        "keywords": list(item.keywords),
        "slugline": item.slugline,
        "language": to_bcp47(item.language),
        # The sender's credit and dateline stay theirs; what the sender meant for
        # editors (its edNote included) stays with the desk: a story's ednote
        # goes out to our subscribers, so it is left for our own desk to write.
        "credit": item.credit or item.dateline_agency or item.source,
        "dateline_text": item.dateline_text,
        "desk_notes": desk_notes_of(item),
        "photos": list(item.photos),
    }


def source_date(item: IncomingItem) -> date | None:
    """The date the source's dateline names: its own, else the day it first
    sent the story (in the newsroom's zone), never the day we publish it."""
    if item.dateline_date:
        return item.dateline_date
    return to_newsroom(item.first_created).date() if item.first_created else None


def desk_notes_of(item: IncomingItem) -> list[str]:
    notes = list(item.desk_notes)
    if item.ednote and not any(item.ednote[:60] in note for note in notes):
        notes.insert(0, f"Editor's note from {item.source}: {item.ednote}")
    return notes


def draft_from(item: IncomingItem, actor: Actor, feed: Feed | None = None, photos: list[int] | None = None) -> Story:
    # Dated when Dateline takes it: the public ID carries the newsroom's date,
    # not the sender's; the original times stay on the incoming item.
    fields = _story_fields(item)
    if photos is not None:
        fields["photos"] = photos
    return CreateStory(
        actor=actor,
        section=section_for(item, feed),
        headline=item.headline,
        body=item.body,
        markup=True,
        created_at=timezone.now(),
        source=f"{item.source}: {item.original_id}"[:200],
        source_key=f"incoming:{item.pk}",
        embargo_until=future_embargo(item),
        **fields,
    ).execute(skip_permission_check=True)


def feed_actor(feed: Feed) -> Actor:
    """Auto-publishing acts as the feed, named in the audit log."""
    return Actor.system(f"feed:{feed.name}"[:150], via="ingest")


def future_embargo(item: IncomingItem, now: datetime | None = None) -> datetime | None:
    """The sender's embargo if it is still ahead, else None."""
    now = now or timezone.now()
    return item.embargo_until if item.embargo_until and item.embargo_until > now else None


def publish_incoming(item: IncomingItem, feed: Feed) -> Story | None:
    """Auto-publishing feeds: the first version creates and publishes a story,
    later versions update it (a new revision and version through `Update`).
    A canceled item is left for the desk to kill."""
    if item.pubstatus != "usable":
        return None
    from .pictures import ready_to_publish

    actor = feed_actor(feed)
    story = item.story
    until = future_embargo(item)
    photos, notes = ready_to_publish(list(item.photos))
    item.desk_notes = list(item.desk_notes) + [note for note in notes if note not in item.desk_notes]
    if story is None:
        story = draft_from(item, actor, feed=feed, photos=photos)
        # A future embargo: public nowhere before it (Publish embargoes a draft that carries one).
        publication: Action = Publish(story, actor=actor, dateline_date=source_date(item))
    elif story.status == Story.Status.KILLED:
        return None
    else:
        changes = {"headline": item.headline, "body": list(item.body), **_story_fields(item), "photos": photos}
        if under_embargo(story):
            # Not public yet: this version moves the embargo, or lifts it (until None).
            publication = MoveEmbargo(story, until, actor=actor, changes=changes, dateline_date=source_date(item))
        else:
            publication = Update(story, actor=actor, changes=changes, dateline_date=source_date(item))
    publication.execute()
    story = publication.story
    item.story = story
    item.status = IncomingItem.Status.PUBLISHED
    item.save(update_fields=["story", "status", "desk_notes"])
    return story


class Acceptance(Action):
    """The desk takes an incoming item into a draft story (audited as
    "incoming.accept", with the new story's own "story.create").

    Acceptance(item, actor=Actor(user, ip, "desk")).execute() -> Story
    """

    name = "incoming.accept"
    permission = "ingest.accept_incomingitem"
    verb = "accept incoming items"

    def __init__(self, item: IncomingItem, user=None, *, actor: Actor | None = None):
        super().__init__(None, actor=actor or Actor(user, "", "desk"))
        self.item = item
        self.user = self.actor.user

    def problem(self, story: Story | None) -> str | None:
        if self.item.status == IncomingItem.Status.ACCEPTED and self.item.story_id:
            return "This item is already a draft story."
        if self.item.status == IncomingItem.Status.PUBLISHED:
            return "This item was published automatically."
        if self.item.pubstatus == "canceled":
            return "The sending agency has withdrawn this story; it cannot be accepted."
        return None

    def execute(self, skip_permission_check: bool = False) -> Story:
        with transaction.atomic():
            item = IncomingItem.objects.select_for_update().get(pk=self.item.pk)
            self.item = item
            self.check(skip_permission_check)
            story = draft_from(item, self.actor, feed=item.feed)
            item.story = story
            item.status = IncomingItem.Status.ACCEPTED
            item.handled_by = self.user if getattr(self.user, "pk", None) else None
            item.save(update_fields=["story", "status", "handled_by"])
            self.story = story
            self.audit(story, self.name, item=item.pk, source=item.source, original_id=item.original_id)
        return story


@dataclass
class Dismissal:
    """The desk decides not to use an incoming item; it leaves the New list."""

    item: IncomingItem
    user: Any = None

    def check(self) -> str | None:
        if self.item.status != IncomingItem.Status.NEW:
            return f"Only a new item can be set aside; this one is {self.item.get_status_display().lower()}."
        return None

    def execute(self) -> IncomingItem:
        with transaction.atomic():
            item = IncomingItem.objects.select_for_update().get(pk=self.item.pk)
            self.item = item
            problem = self.check()
            if problem:
                raise StoryError(problem)
            item.status = IncomingItem.Status.REJECTED
            item.handled_by = self.user
            item.save(update_fields=["status", "handled_by"])
        return item
