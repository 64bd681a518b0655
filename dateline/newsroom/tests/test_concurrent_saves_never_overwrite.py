"""Saves racing on the same revision: exactly one wins, the others get a conflict."""

import threading

import pytest
from django.db import connection

from dateline.stories.actions import EditConflict, SaveWorkingCopy
from dateline.stories.models import Revision


@pytest.mark.django_db(transaction=True)
def test_racing_saves_from_one_revision_store_exactly_one(draft, desk_actor):
    if connection.vendor == "sqlite" and connection.is_in_memory_db():
        pytest.skip("needs a database that queues concurrent writers (PostgreSQL)")
    outcomes = []
    start = threading.Barrier(4)

    def save(n):
        try:
            start.wait()
            SaveWorkingCopy(
                draft, {"headline": f"Headline from editor {n}"}, actor=desk_actor, base_revision=1
            ).execute()
            outcomes.append("saved")
        except EditConflict:
            outcomes.append("conflict")
        except Exception as error:  # surfaced by the assertion below
            outcomes.append(repr(error))
        finally:
            connection.close()

    threads = [threading.Thread(target=save, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert sorted(outcomes) == ["conflict", "conflict", "conflict", "saved"]
    draft.refresh_from_db()
    assert draft.revision == 2
    assert Revision.objects.filter(story=draft).count() == 2
