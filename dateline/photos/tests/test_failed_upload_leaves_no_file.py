"""Nothing half-stored: when the database write fails after the original
was stored, the file is removed again and no row is left."""

import pytest
from django.db import DatabaseError

from dateline.photos import services
from dateline.photos.models import Photo
from dateline.photos.services import add_photo

pytestmark = pytest.mark.django_db


def test_a_failing_audit_write_takes_the_row_and_the_file_with_it(jpeg, system_actor, files_in, monkeypatch):
    def refuse(*args, **kwargs):
        raise DatabaseError("disk full")

    monkeypatch.setattr(services.audit, "record", refuse)
    with pytest.raises(DatabaseError):
        add_photo(jpeg(), "a.jpg", actor=system_actor)
    assert not Photo.objects.exists()
    assert files_in() == []


def test_a_constraint_the_insert_breaks_leaves_no_file(jpeg, system_actor, files_in, monkeypatch):
    first = add_photo(jpeg((300, 200)), actor=system_actor)
    before = files_in()
    # The database refuses the row: its public id is already taken.
    monkeypatch.setattr(services, "make_public_id", lambda when=None: first.public_id)
    with pytest.raises(Exception, match="(?i)unique|duplicate"):
        add_photo(jpeg((320, 200)), actor=system_actor)
    assert list(Photo.objects.all()) == [first]
    assert files_in() == before
