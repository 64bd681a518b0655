"""With the production setting, an upload commits and answers while its
renditions are made in a background thread, on its own connection."""

import time

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


@pytest.mark.django_db(transaction=True)
def test_a_process_cuts_one_photo_at_a_time(jpeg, system_actor, settings, media, monkeypatch):
    # Many photos dropped at once must not be decoded side by side: a
    # worker's memory stays bounded by one photo's.
    from dateline.photos import services

    settings.DATELINE_PHOTO_RENDITIONS_IN_BACKGROUND = True
    cutting, most = [], []
    real = services.make_renditions

    def watched(photo, key):
        cutting.append(photo.pk)
        most.append(len(cutting))
        try:
            time.sleep(0.2)  # long enough for the other threads to arrive
            return real(photo, key)
        finally:
            cutting.remove(photo.pk)

    monkeypatch.setattr(services, "make_renditions", watched)
    photos = [add_photo(jpeg((400 + i, 300)), actor=system_actor) for i in range(3)]
    wait_for_all(60)
    assert max(most) == 1 and len(most) == 3
    assert all(renditions.is_current(Photo.objects.get(pk=p.pk)) for p in photos)
