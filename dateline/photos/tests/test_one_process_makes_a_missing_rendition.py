"""Two processes asked at once for the same photo's missing renditions
(two web workers rendering on first request, a worker and the upkeep
command) cut them once: the maker lock is a claim in the counters every
process shares (the SQLite file beside the database, or Redis), not in one
process's memory."""

import multiprocessing
import time

import pytest
from django.db import connections

from dateline.photos import services
from dateline.photos.models import Photo
from dateline.photos.services import add_photo, ensure_renditions

from .conftest import encode, picture

pytestmark = pytest.mark.django_db(transaction=True)
WORKERS = 2


def _make_in_this_process(pk):
    # A forked worker. A database on disk (PostgreSQL, an SQLite file) gets
    # a connection of the worker's own; an in-memory one is the fork's copy.
    wrapper = connections["default"]
    if not wrapper.is_in_memory_db() if wrapper.vendor == "sqlite" else True:
        pools = getattr(type(wrapper), "_connection_pools", None)
        if pools is not None:
            pools.clear()  # the parent's pool threads do not survive the fork
        connections["default"] = connections.create_connection("default")
    photo = Photo.objects.get(pk=pk)
    return ensure_renditions(photo).renditions_key != ""


def test_two_processes_asked_at_once_cut_the_renditions_once(shared_counters, system_actor, tmp_path, monkeypatch):
    monkeypatch.setattr(services, "schedule_renditions", lambda photo: None)  # none made on arrival
    photo = add_photo(encode(picture((640, 480)), "JPEG", quality=85), actor=system_actor)
    assert Photo.objects.get(pk=photo.pk).renditions == {}
    cuts = tmp_path / "cuts.log"
    real = services.make_renditions

    def counted(photo, key):
        with cuts.open("a") as log:
            log.write(f"{photo.pk}\n")
        time.sleep(1.0)  # long enough for the other worker to ask meanwhile
        return real(photo, key)

    monkeypatch.setattr(services, "make_renditions", counted)
    connections["default"].close()  # nothing open is carried into the forks
    context = multiprocessing.get_context("fork")
    with context.Pool(WORKERS) as pool:
        made = pool.map(_make_in_this_process, [photo.pk] * WORKERS)
    assert cuts.read_text().splitlines() == [str(photo.pk)]  # cut once
    assert made.count(True) >= 1
