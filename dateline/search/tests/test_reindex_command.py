"""`dateline reindex` rebuilds the index from scratch, idempotently."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from dateline.search.backends import get_backend


def run(*args):
    out = StringIO()
    call_command("reindex", "--no-progress", *args, stdout=out)
    return out.getvalue()


def test_reindex_indexes_stories_published_without_signals(make_story, search_ids):
    make_story("Bulk loaded archive story")  # make_story's signals never fire inside the test transaction
    assert search_ids("archive") == []
    assert "Indexed 1 stories" in run()
    assert search_ids("archive") == ["Bulk loaded archive story"]


def test_reindex_twice_gives_the_same_index(make_story, search_ids):
    make_story("Harvest festival opens")
    make_story("Harvest season ends", publish_it=False)
    run()
    run()
    assert get_backend().count() == 1
    assert search_ids("harvest") == ["Harvest festival opens"]


def test_dry_run_changes_nothing(make_story):
    make_story("Dry run story")
    out = run("--dry-run")
    assert "Would index 1 stories" in out
    assert get_backend().count() == 0


def test_bad_batch_size_is_a_command_error(db):
    with pytest.raises(CommandError, match="batch-size"):
        run("--batch-size", "0")
