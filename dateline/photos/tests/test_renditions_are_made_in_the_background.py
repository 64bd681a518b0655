"""With the production setting, an upload commits and answers while its
renditions are made in a background thread, on its own connection."""

import pytest
from django.db import transaction

from dateline.core.background import wait_for_all
from dateline.photos import renditions
from dateline.photos.models import Photo
from dateline.photos.services import add_photo


@pytest.mark.django_db(transaction=True)
def test_an_upload_returns_before_its_renditions_and_they_follow(jpeg, system_actor, settings, media):
    settings.DATELINE_PHOTO_RENDITIONS_IN_BACKGROUND = True
    with transaction.atomic():
        photo = add_photo(jpeg((900, 600)), actor=system_actor)
        # Nothing is started before the row is committed.
        assert photo.renditions == {}
    wait_for_all(60)
    stored = Photo.objects.get(pk=photo.pk)
    assert renditions.is_current(stored)
    assert all((media / info["name"]).exists() for info in stored.renditions.values())
