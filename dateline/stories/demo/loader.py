"""Loading the hand-written demo stories through the real publishing path.

Each story is created with `CreateStory` and published with `Publish`, as
the "demo" system actor, so it gets a public ID, revisions, versions, audit
rows and the `story_published` signal like any other. Stories that carry an
update are then edited and published again with `Update` (a new revision of
the working copy and a new version labelled "(LEAD)").

Each demo story is identified by `source_key` "demo:<n>", so loading twice
creates nothing new, and a story is written in one transaction, so an
interrupted load leaves no half-made story behind.
"""

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from ..actions import Actor, CreateStory, Publish, Update
from ..models import Section, Story
from ..services import clean_paragraphs

STORIES_FILE = Path(__file__).with_name("stories.json")
SOURCE = "demo"
EDITOR_USERNAME = "demo-editor"


class DemoError(ValueError):
    """The demo data cannot be loaded; the message says why."""


# Other apps add to each demo story before it is created (the photos app
# gives it pictures): `provider(item, actor) -> dict` of CreateStory fields,
# registered from their AppConfig.ready().
DEMO_FIELDS: list[Callable[[dict, Actor], dict]] = []


def register_demo_fields(provider: Callable[[dict, Actor], dict]) -> Callable[[dict, Actor], dict]:
    DEMO_FIELDS.append(provider)
    return provider


def _extra_fields(item, actor):
    fields = {}
    for provider in DEMO_FIELDS:
        fields.update(provider(item, actor) or {})
    return fields


@dataclass
class LoadResult:
    created: int
    existing: int
    updates: int


def source_key(number: int) -> str:
    return f"{SOURCE}:{number}"


def read_stories(path: str | Path = STORIES_FILE) -> list[dict[str, Any]]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        stories = data["stories"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise DemoError(f"Cannot read the demo stories in {path}: {exc}") from None
    numbers: set[int] = set()
    for position, item in enumerate(stories, start=1):
        problem = _problem(item, numbers)
        if problem:
            raise DemoError(f"Demo story #{position} in {path}: {problem}")
        numbers.add(item["n"])
    # Oldest first, so daily sequence numbers in public IDs follow publication order.
    return sorted(stories, key=lambda item: -float(item["hours_ago"]))


def _problem(item, numbers):
    if not isinstance(item, dict):
        return "not an object"
    missing = [key for key in ("n", "section", "hours_ago", "headline", "body") if key not in item]
    if missing:
        return f"missing {', '.join(missing)}"
    if not isinstance(item["n"], int) or item["n"] in numbers:
        return f"n must be a unique whole number, not {item['n']!r}"
    if not isinstance(item["hours_ago"], (int, float)) or item["hours_ago"] < 0:
        return "hours_ago must be a number of hours, zero or more"
    if not isinstance(item["body"], list) or not all(isinstance(p, str) and p.strip() for p in item["body"]):
        return "body must be a list of paragraphs"
    return None


def _editor():
    # The newsroom's staff accounts are not ours to create; credit the demo
    # editor only if someone has set that account up.
    return get_user_model().objects.filter(username=EDITOR_USERNAME).first()


def _load_one(item, sections, now, user, extras=True):
    section = sections[item["section"]]
    published_at = now - timedelta(hours=float(item["hours_ago"]))
    actor = Actor.system("demo", via="demo", user=user)
    story = CreateStory(
        actor=actor,
        section=section,
        headline=item["headline"],
        body=item["body"],
        created_at=published_at - timedelta(minutes=25),
        bylines=list(item.get("bylines", [])),
        dateline_city=item.get("city", ""),
        dateline_country=item.get("country", ""),
        dateline_agency=settings.DATELINE_AGENCY,
        keywords=list(item.get("keywords", [])),
        urgency=int(item.get("urgency", 4)),
        source=SOURCE,
        source_key=source_key(item["n"]),
        **(_extra_fields(item, actor) if extras else {}),
    ).execute()
    Publish(story, actor=actor, at=published_at).execute()
    update = item.get("update")
    if not update:
        return False
    story.refresh_from_db()
    updated_at = published_at + timedelta(hours=float(update.get("after_hours", 2)))
    # An update rewrites the body, or adds paragraphs around it; a new lead
    # may replace the old one, as a "(LEAD)" rewrite on the wire does.
    if update.get("body"):
        body = clean_paragraphs(update["body"])
    else:
        old = list(story.body)[1:] if update.get("replace_first") else list(story.body)
        body = clean_paragraphs(update.get("prepend", [])) + old + clean_paragraphs(update.get("append", []))
    changes = {"body": body}
    if update.get("headline"):
        changes["headline"] = " ".join(update["headline"].split())
    # The edit is saved as a revision of the working copy by the update itself.
    Update(story, actor=actor, at=updated_at, changes=changes, label=update.get("label", "(LEAD)")).execute()
    return True


def load_demo(
    now: datetime | None = None, path: str | Path = STORIES_FILE, dry_run: bool = False, extras: bool = True
) -> LoadResult:
    items = read_stories(path)
    sections = {section.slug: section for section in Section.objects.all()}
    if not sections:
        raise DemoError("There are no sections; run `dateline migrate` first.")
    now = (now or timezone.now()).replace(second=0, microsecond=0)
    present = set(
        Story.objects.filter(source_key__in=[source_key(item["n"]) for item in items]).values_list(
            "source_key", flat=True
        )
    )
    user = _editor()
    result = LoadResult(created=0, existing=0, updates=0)
    for item in items:
        if source_key(item["n"]) in present:
            result.existing += 1
            continue
        if item["section"] not in sections:
            raise DemoError(f"Demo story {item['n']} names an unknown section {item['section']!r}.")
        if dry_run:
            result.created += 1
            result.updates += int(bool(item.get("update")))
            continue
        with transaction.atomic():
            updated = _load_one(item, sections, now, user, extras)
        result.created += 1
        result.updates += int(updated)
    return result
