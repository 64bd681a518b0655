"""`dateline photo-renditions [--dry-run]`: makes what is missing or stale,
idempotently, and removes originals no photo names."""

import os
import time

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command

from dateline.photos import renditions
from dateline.photos.models import Photo
from dateline.photos.services import add_photo

pytestmark = pytest.mark.django_db


def run(*args):
    from io import StringIO

    out = StringIO()
    call_command("photo-renditions", *args, stdout=out)
    return out.getvalue()


def test_dry_run_says_what_it_would_do_and_does_nothing(jpeg, system_actor, files_in, media):
    photo = add_photo(jpeg((500, 400)), actor=system_actor)  # on-commit never ran: no renditions
    files = files_in()
    out = run("--dry-run")
    assert f"would make renditions of {photo.public_id}" in out
    assert "would make renditions of 1 photo(s)" in out
    assert files_in() == files
    assert Photo.objects.get().renditions == {}


def test_it_makes_the_missing_renditions_once(jpeg, system_actor, files_in):
    photo = add_photo(jpeg((500, 400)), actor=system_actor)
    assert "made renditions of 1 photo(s), 0 failed" in run()
    photo.refresh_from_db()
    assert renditions.is_current(photo)
    files = files_in()
    assert "made renditions of 0 photo(s)" in run()
    assert files_in() == files


def test_withdrawn_photos_are_left_alone(jpeg, system_actor, files_in):
    photo = add_photo(jpeg((500, 400)), actor=system_actor)
    Photo.objects.filter(pk=photo.pk).update(status=Photo.Status.WITHDRAWN)
    assert "made renditions of 0 photo(s)" in run()
    assert files_in() == [photo.original.name]


def test_an_orphaned_original_is_removed_once_it_is_an_hour_old(jpeg, system_actor, files_in, media):
    kept = add_photo(jpeg((500, 400)), actor=system_actor)
    data = ContentFile((media / kept.original.name).read_bytes())
    fresh = default_storage.save("originals/ab/ab12.jpg", data)
    old = default_storage.save("originals/cd/cd34.jpg", data)
    hour_ago = time.time() - 3700
    os.utime(media / old, (hour_ago, hour_ago))
    assert "1 orphaned original(s) to remove" in run("--dry-run")
    assert (media / old).exists()
    assert "1 orphaned original(s) removed" in run()
    assert not (media / old).exists() and (media / fresh).exists() and (media / kept.original.name).exists()


def test_one_photo_that_fails_does_not_stop_the_others(jpeg, system_actor, media, capsys):
    broken = add_photo(jpeg((500, 400)), actor=system_actor)
    fine = add_photo(jpeg((520, 400)), actor=system_actor)
    (media / broken.original.name).unlink()  # its original lost (a restore gone wrong)
    with pytest.raises(SystemExit) as exit:
        run()
    assert exit.value.code == 1
    assert broken.public_id in capsys.readouterr().err
    assert renditions.is_current(Photo.objects.get(pk=fine.pk))
    assert not Photo.objects.get(pk=broken.pk).renditions
