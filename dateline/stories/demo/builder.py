"""The database-free half of the archive generator: copy, rendering and JSON.

Writing a story's rows costs about as much CPU as inventing and rendering
it, so on a machine with more than one core the invention runs in a worker
process one batch ahead of the writer. The worker is the only user of the
copy's random generator and handles batches in order, so a seed produces the
same archive with or without it.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import random
from collections.abc import Iterable
from concurrent.futures import Future, ProcessPoolExecutor
from datetime import date
from typing import NamedTuple

from django.utils.text import slugify

from ..services import WORKING_FIELDS, compose_dateline, render_body, summarize
from .newswire import CopyWriter

# One story to invent: its section's slug and id, and the dateline's date.
Task = tuple[str, int, date]


class Built(NamedTuple):
    """One story's prepared values; JSON fields are already serialised."""

    headline: str
    slug: str
    bylines: str
    keywords: str
    body: str
    body_html: str
    summary: str
    revision_data: str
    city: str
    country: str
    urgency: int


class CopyBuilder:
    def __init__(self, seed, agency):
        self.writer = CopyWriter(random.Random(seed))
        self.agency = agency

    def build(self, tasks: Iterable[Task]) -> list[Built]:
        """tasks: (section slug, section id, dateline date) per story -> [Built].
        JSON fields come back serialised, as the database stores them."""
        agency, dumps, story = self.agency, json.dumps, self.writer.story
        out = []
        for slug, section_id, day in tasks:
            copy = story(slug)
            working = {
                "headline": copy.headline,
                "bylines": copy.bylines,
                "dateline_city": copy.city,
                "dateline_country": copy.country,
                "dateline_agency": agency,
                "body": copy.paragraphs,
                "urgency": copy.urgency,
                "keywords": copy.keywords,
                "slugline": "",
                "ednote": "",
                "section_id": section_id,
                "language": "en",
                "credit": "",
                "dateline_text": "",
                "desk_notes": [],
            }
            out.append(
                Built(
                    copy.headline,
                    slugify(copy.headline)[:120],
                    dumps(copy.bylines),
                    dumps(copy.keywords),
                    dumps(copy.paragraphs),
                    render_body(copy.paragraphs, compose_dateline(copy.city, copy.country, day, agency)),
                    summarize(copy.paragraphs),
                    dumps({field: working.get(field) for field in WORKING_FIELDS}),
                    copy.city,
                    copy.country,
                    copy.urgency,
                )
            )
        return out


class _Done:
    def __init__(self, value):
        self._value = value

    def result(self) -> list[Built]:
        return self._value


class InlineBuilder:
    """The builder in this process: `submit` does the work at once."""

    def __init__(self, seed, agency):
        self.builder = CopyBuilder(seed, agency)

    def submit(self, tasks: Iterable[Task]) -> _Done:
        return _Done(self.builder.build(tasks))

    def close(self) -> None:
        pass


_worker_builder = None


def _start_worker(seed, agency):
    global _worker_builder
    _worker_builder = CopyBuilder(seed, agency)


def _build_in_worker(tasks):
    return _worker_builder.build(tasks)


class WorkerBuilder:
    """The builder in one forked worker process; `submit` returns at once."""

    def __init__(self, seed, agency):
        # fork: the worker inherits the configured Django settings and never
        # touches the parent's database connection (it only builds text).
        self.pool = ProcessPoolExecutor(
            max_workers=1,
            mp_context=multiprocessing.get_context("fork"),
            initializer=_start_worker,
            initargs=(seed, agency),
        )

    def submit(self, tasks: Iterable[Task]) -> Future[list[Built]]:
        return self.pool.submit(_build_in_worker, tasks)

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


def open_builder(seed: int, agency: str, workers: int | None = None) -> InlineBuilder | WorkerBuilder:
    """A worker process when there is a spare core to run it and fork exists."""
    if workers is None:
        workers = 1 if (os.cpu_count() or 1) > 1 else 0
    if workers and "fork" in multiprocessing.get_all_start_methods():
        return WorkerBuilder(seed, agency)
    return InlineBuilder(seed, agency)
