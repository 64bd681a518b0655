"""Large synthetic archives for benchmarks, written straight to the database.

Creating stories one by one through the `CreateStory` + `Publish` actions runs a few
hundred a second; a benchmark archive needs hundreds of thousands. So this
builds the rows in memory and inserts them a batch at a time, each batch in its
own transaction, reusing the services' rendering helpers so the rows are what
the real publishing path would write. The rows go in with one `executemany`
per table rather than `bulk_create`: Django's per-field preparation in
`bulk_create` alone cost more than the whole time budget of a story. Values
are still adapted by the backend's own `connection.ops`, and every column the
generator does not set gets its model field's default, so fields added to the
models later keep working.

`Story.live` and `StoryVersion.story` point at each other. Django declares
foreign keys DEFERRABLE INITIALLY DEFERRED on SQLite and PostgreSQL, so both
sides get explicit primary keys and are inserted in the same transaction; the
constraint is checked at commit, when both rows exist.

The copy is invented and rendered by `builder`, in a worker process when
there is a spare core, one batch ahead of the writer.

Bulk writes send no signals: search indexes and caches do not hear about
these stories. Run `dateline reindex` afterwards.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.db import connection, models, transaction
from django.utils import timezone

from dateline.core.timefmt import to_newsroom

from ..models import DailySequence, Revision, Section, Story, StoryVersion
from ..models.story import make_public_id
from .builder import open_builder

if TYPE_CHECKING:
    from collections.abc import Iterable

    from django.db.backends.utils import CursorWrapper

SOURCE = "demo-data"
MAX_STORIES = 10_000_000
MAX_YEARS = 50


class _Table:
    """Bulk INSERT for one model. The generator's values come first, in the
    order of `keys`; every other column gets its field's default, prepared
    once, so a row is one tuple concatenation."""

    def __init__(self, model, keys):
        by_name = {field.attname: field for field in model._meta.concrete_fields}
        unknown = set(keys) - set(by_name)
        if unknown:
            raise ArchiveError(f"{model.__name__} has no field(s) {', '.join(sorted(unknown))}.")
        fields = [by_name[key] for key in keys]
        rest = [field for name, field in by_name.items() if name not in set(keys)]
        self.rest = tuple(field.get_db_prep_save(field.get_default(), connection) for field in rest)
        quote = connection.ops.quote_name
        # JSON arrives already serialised; PostgreSQL is told it is jsonb.
        json_cast = "::jsonb" if connection.vendor == "postgresql" else ""
        self.sql = "INSERT INTO {} ({}) VALUES ({})".format(
            quote(model._meta.db_table),
            ", ".join(quote(field.column) for field in fields + rest),
            ", ".join("%s" + (json_cast if isinstance(field, models.JSONField) else "") for field in fields + rest),
        )

    def insert(self, cursor: CursorWrapper, rows: Iterable[tuple[Any, ...]]) -> None:
        rest = self.rest
        cursor.executemany(self.sql, [row + rest for row in rows])


# The columns the generator fills, in the order its row tuples use.
STORY_KEYS = (
    "id",
    "public_id",
    "slug",
    "section_id",
    "language",
    "status",
    "headline",
    "bylines",
    "dateline_city",
    "dateline_country",
    "dateline_agency",
    "body",
    "urgency",
    "keywords",
    "live_id",
    "first_published_at",
    "last_published_at",
    "revision",
    "created_at",
    "modified_at",
    "source",
)
VERSION_KEYS = (
    "id",
    "story_id",
    "number",
    "kind",
    "headline",
    "bylines",
    "dateline_city",
    "dateline_country",
    "dateline_date",
    "dateline_agency",
    "body",
    "body_html",
    "summary",
    "urgency",
    "keywords",
    "published_at",
)
REVISION_KEYS = ("id", "story_id", "number", "data", "created_at", "note")


class ArchiveError(ValueError):
    """Bad options; the message is shown to whoever ran the generator."""


@dataclass
class ArchiveResult:
    created: int
    seconds: float

    @property
    def rate(self) -> float:
        return self.created / self.seconds if self.seconds else float(self.created)


def _reserve_ids(model, count):
    """`count` fresh primary keys for `model`, taken inside the caller's transaction.

    PostgreSQL hands them out from the table's own sequence, so concurrent
    inserts elsewhere cannot collide and later inserts continue after them.
    SQLite has no sequence to draw from, but Dateline opens its transactions
    with BEGIN IMMEDIATE, so nobody else can insert between this read and our
    insert; AUTOINCREMENT then continues after the highest id written.
    """
    table = model._meta.db_table
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)", [table, count]
            )
            return [row[0] for row in cursor.fetchall()]
        cursor.execute(f"SELECT COALESCE(MAX(id), 0) FROM {connection.ops.quote_name(table)}")
        start = cursor.fetchone()[0] + 1
    return list(range(start, start + count))


class ArchiveGenerator:
    """Writes `stories` published stories spread over the last `years` years.

    The same seed gives the same copy, sections, times and order (times are
    offsets from `now`, so the calendar dates move with the day it is run).
    `workers=0` builds the copy in this process; None uses a worker process
    when there is more than one core.
    """

    def __init__(self, stories, *, seed=0, years=5, batch=2000, now=None, progress=None, workers=None):
        for name, value, ceiling in (
            ("stories", stories, MAX_STORIES),
            ("years", years, MAX_YEARS),
            ("batch", batch, 100_000),
        ):
            if not isinstance(value, int) or isinstance(value, bool) or not 0 < value <= ceiling:
                raise ArchiveError(f"--{name} must be a whole number from 1 to {ceiling:,}, not {value!r}")
        self.stories = stories
        self.years = years
        self.batch = batch
        self.seed = seed
        self.now = (now or timezone.now()).replace(microsecond=0)
        self.progress = progress
        self.workers = workers
        # Times and sections come from their own generator, the copy from the
        # builder's, so the archive is the same wherever the builder runs.
        self.rng = random.Random(f"{seed}:plan")
        self.agency = settings.DATELINE_AGENCY

    def _plans(self, sections):
        rng, now = self.rng, self.now
        span = self.years * 365.25 * 86400
        total = self.stories
        # Oldest first, so daily sequence numbers rise through each day as on a
        # real wire. Each batch gets its share of the span and random times
        # inside it, so memory stays one batch however large the archive.
        for start in range(0, total, self.batch):
            end = min(total, start + self.batch)
            newest, oldest = span * (total - end) / total, span * (total - start) / total
            width = oldest - newest
            offsets = sorted((int(newest + rng.random() * width) for _ in range(end - start)), reverse=True)
            plan = []
            for offset in offsets:
                when = now - timedelta(seconds=offset)
                plan.append((when, to_newsroom(when).date(), sections[int(rng.random() * len(sections))]))
            yield plan

    def run(self) -> ArchiveResult:
        sections = list(Section.objects.order_by("position", "pk"))
        if not sections:
            raise ArchiveError("There are no sections; run `dateline migrate` first.")
        started = time.perf_counter()
        tables = (
            _Table(Story, STORY_KEYS),
            _Table(StoryVersion, VERSION_KEYS),
            _Table(Revision, REVISION_KEYS),
        )
        builder = open_builder(self.seed, self.agency, self.workers)
        created, pending = 0, None
        try:
            for plan in self._plans(sections):
                built = builder.submit([(section.slug, section.pk, day) for _, day, section in plan])
                if pending is not None:
                    created += self._write_batch(*pending, tables)
                pending = (plan, built)
            if pending is not None:
                created += self._write_batch(*pending, tables)
        finally:
            builder.close()
        return ArchiveResult(created, time.perf_counter() - started)

    def _write_batch(self, plan, built, tables):
        stories_built = built.result()
        adapt_time, adapt_date = connection.ops.adapt_datetimefield_value, connection.ops.adapt_datefield_value
        story_table, version_table, revision_table = tables
        agency = self.agency
        days = sorted({day for _, day, _ in plan})
        count = len(plan)
        published = Story.Status.PUBLISHED.value
        first = StoryVersion.Kind.FIRST.value
        with transaction.atomic():
            # Locks the days' counters on PostgreSQL so a story created at the
            # same moment waits and then continues after ours.
            sequences = dict(DailySequence.objects.select_for_update().filter(day__in=days).values_list("day", "last"))
            story_ids = _reserve_ids(Story, count)
            version_ids = _reserve_ids(StoryVersion, count)
            revision_ids = _reserve_ids(Revision, count)
            stories, versions, revisions = [], [], []
            for (when, day, section), copy, story_id, version_id, revision_id in zip(
                plan, stories_built, story_ids, version_ids, revision_ids, strict=False
            ):
                sequence = sequences.get(day, 0) + 1
                sequences[day] = sequence
                at = adapt_time(when)
                stories.append(
                    (
                        story_id,
                        make_public_id(section, when, sequence=sequence),
                        copy.slug,
                        section.pk,
                        "en",
                        published,
                        copy.headline,
                        copy.bylines,
                        copy.city,
                        copy.country,
                        agency,
                        copy.body,
                        copy.urgency,
                        copy.keywords,
                        version_id,
                        at,
                        at,
                        1,
                        at,
                        at,
                        SOURCE,
                    )
                )
                versions.append(
                    (
                        version_id,
                        story_id,
                        1,
                        first,
                        copy.headline,
                        copy.bylines,
                        copy.city,
                        copy.country,
                        adapt_date(day),
                        agency,
                        copy.body,
                        copy.body_html,
                        copy.summary,
                        copy.urgency,
                        copy.keywords,
                        at,
                    )
                )
                revisions.append((revision_id, story_id, 1, copy.revision_data, at, "Generated"))
            with connection.cursor() as cursor:
                story_table.insert(cursor, stories)
                version_table.insert(cursor, versions)
                revision_table.insert(cursor, revisions)
            DailySequence.objects.bulk_create(
                [DailySequence(day=day, last=last) for day, last in sequences.items()],
                update_conflicts=True,
                unique_fields=["day"],
                update_fields=["last"],
            )
        if self.progress is not None:
            self.progress.update(count)
        return count
