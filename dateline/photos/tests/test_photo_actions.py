"""The photo desk's changes go through one door each: permission checked,
change and audit row in one transaction, photo_changed sent on commit."""

import pytest

from dateline.newsroom.models import AuditLog
from dateline.photos import renditions
from dateline.photos.actions import EditPhoto, PhotoEditConflict, PhotoError, PublishPhoto, SetFocalPoint, WithdrawPhoto
from dateline.photos.models import Photo
from dateline.photos.services import add_photo, ensure_renditions
from dateline.photos.signals import photo_changed
from dateline.stories.actions import ActionPermissionError

pytestmark = pytest.mark.django_db


@pytest.fixture
def photo(jpeg, system_actor, media):
    return ensure_renditions(add_photo(jpeg((900, 600)), actor=system_actor))


@pytest.fixture
def editor(make_person):
    return make_person("pete", "photos.change_photo", "photos.publish_photo")


@pytest.fixture
def sent():
    class Received(list):
        pass

    received = Received()

    def listen(sender, photo, action, actor, **kwargs):
        received.append((action, photo.public_id))
        received_kwargs.append(kwargs)

    received_kwargs = []
    received.kwargs = received_kwargs

    photo_changed.connect(listen)
    yield received
    photo_changed.disconnect(listen)


def test_edit_writes_the_description_and_its_audit_row(photo, editor, sent, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        edited = EditPhoto(
            photo,
            {"caption": "  A caption. ", "keywords": ["Seoul"], "alt_text": "Two men"},
            actor=editor,
            base_revision=0,
        ).execute()
    stored = Photo.objects.get(pk=photo.pk)
    assert (stored.caption, stored.keywords, stored.alt_text, stored.revision) == (
        "A caption.",
        ["Seoul"],
        "Two men",
        1,
    )
    assert edited.revision == 1
    row = AuditLog.objects.get(action="photo.edit")
    assert row.detail == {"photo": photo.public_id, "fields": ["alt_text", "caption", "keywords"], "revision": 1}
    assert sent == [("photo.edit", photo.public_id)]


def test_an_edit_changing_nothing_records_nothing(photo, editor):
    EditPhoto(photo, {"caption": ""}, actor=editor).execute()
    assert not AuditLog.objects.filter(action="photo.edit").exists()
    assert Photo.objects.get(pk=photo.pk).revision == 0


def test_an_edit_on_a_stale_copy_is_a_conflict(photo, editor):
    EditPhoto(photo, {"caption": "First"}, actor=editor, base_revision=0).execute()
    with pytest.raises(PhotoEditConflict, match="Someone else saved"):
        EditPhoto(photo, {"caption": "Second"}, actor=editor, base_revision=0).execute()
    assert Photo.objects.get(pk=photo.pk).caption == "First"


def test_editing_the_rights_recuts_the_renditions_that_embed_them(photo, editor, django_capture_on_commit_callbacks):
    before = photo.renditions_key
    with django_capture_on_commit_callbacks(execute=True):
        EditPhoto(photo, {"credit_line": "Yonhap"}, actor=editor).execute()
    stored = Photo.objects.get(pk=photo.pk)
    assert stored.renditions_key != before and renditions.is_current(stored)
    with django_capture_on_commit_callbacks(execute=True):
        EditPhoto(stored, {"caption": "Only the caption"}, actor=editor).execute()
    assert Photo.objects.get(pk=photo.pk).renditions_key == stored.renditions_key


def test_publishing_needs_alt_text(photo, editor):
    with pytest.raises(PhotoError, match="Add alt text before publishing"):
        PublishPhoto(photo, actor=editor).execute()
    assert Photo.objects.get(pk=photo.pk).status == Photo.Status.DRAFT
    EditPhoto(photo, {"alt_text": "   "}, actor=editor).execute()
    with pytest.raises(PhotoError):
        PublishPhoto(photo, actor=editor).execute()


def test_publish_then_withdraw(photo, editor, sent, media, django_capture_on_commit_callbacks):
    EditPhoto(photo, {"alt_text": "Two men shake hands in front of flags."}, actor=editor).execute()
    with django_capture_on_commit_callbacks(execute=True):
        published = PublishPhoto(photo, actor=editor).execute()
    assert published.status == Photo.Status.PUBLISHED and published.published_at
    assert Photo.objects.public().get() == photo
    with pytest.raises(PhotoError, match="already published"):
        PublishPhoto(photo, actor=editor).execute()
    # Once published, the alt text stays.
    with pytest.raises(PhotoError, match="keeps its alt text"):
        EditPhoto(photo, {"alt_text": ""}, actor=editor).execute()

    files = [media / info["name"] for info in photo.renditions.values()]
    assert all(f.exists() for f in files)
    with django_capture_on_commit_callbacks(execute=True):
        withdrawn = WithdrawPhoto(photo, actor=editor).execute()
    assert withdrawn.status == Photo.Status.WITHDRAWN and withdrawn.renditions == {}
    assert not any(f.exists() for f in files)  # no reader can fetch them from an old page
    assert (media / photo.original.name).exists()  # the original is kept
    assert not Photo.objects.public().exists()
    assert [a for a, _ in sent] == ["photo.publish", "photo.withdraw"]
    # The caches in front are told which rendition URLs are gone.
    assert sorted(sent.kwargs[-1]["gone"]) == sorted("/media/" + f.relative_to(media).as_posix() for f in files)
    assert list(AuditLog.objects.filter(action__startswith="photo.").values_list("action", flat=True)) == [
        "photo.withdraw",
        "photo.publish",
        "photo.edit",
        "photo.add",
    ]
    # Published again: its renditions are made again.
    with django_capture_on_commit_callbacks(execute=True):
        PublishPhoto(photo, actor=editor).execute()
    assert renditions.is_current(Photo.objects.get(pk=photo.pk))


def test_a_new_focal_point_recuts_the_crops(photo, editor, sent, media, django_capture_on_commit_callbacks):
    old = {info["name"] for info in photo.renditions.values()}
    with django_capture_on_commit_callbacks(execute=True):
        moved = SetFocalPoint(photo, 0.8, 0.25, actor=editor).execute()
    assert (moved.focal_x, moved.focal_y) == (0.8, 0.25)
    stored = Photo.objects.get(pk=photo.pk)
    assert renditions.is_current(stored)
    assert old.isdisjoint(info["name"] for info in stored.renditions.values())
    assert not any((media / name).exists() for name in old)
    assert AuditLog.objects.get(action="photo.focal_point").detail["x"] == 0.8
    assert [a for a, _ in sent] == ["photo.focal_point", "photo.renditions"]


@pytest.mark.parametrize(("x", "y"), [(1.2, 0.5), (0.5, -0.1), ("left", 0.5), (None, 0.5)])
def test_a_focal_point_outside_the_picture_is_refused(photo, editor, x, y):
    with pytest.raises(PhotoError, match="focal point must"):
        SetFocalPoint(photo, x, y, actor=editor).execute()


@pytest.mark.parametrize(
    ("perms", "action"),
    [
        ((), lambda p, a: EditPhoto(p, {"caption": "x"}, actor=a)),
        (("photos.change_photo",), lambda p, a: PublishPhoto(p, actor=a)),
        (("photos.change_photo",), lambda p, a: WithdrawPhoto(p, actor=a)),
        (("photos.publish_photo",), lambda p, a: SetFocalPoint(p, 0.1, 0.1, actor=a)),
    ],
    ids=["edit", "publish", "withdraw", "focal-point"],
)
def test_each_action_needs_its_permission(photo, make_person, perms, action):
    photo.alt_text = "Alt"
    photo.save()
    with pytest.raises(ActionPermissionError, match="Your role does not allow you to"):
        action(photo, make_person("nina", *perms)).execute()
    assert not AuditLog.objects.exclude(action="photo.add").exists()


def test_unknown_fields_are_refused(photo, editor):
    with pytest.raises(PhotoError, match="sha256: not a field the desk edits"):
        EditPhoto(photo, {"sha256": "0" * 64}, actor=editor)
