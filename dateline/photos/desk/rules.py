"""Who may do what to which photo, for the desk's pages.

Reporters add photos and describe their own until they are published;
editors describe, publish and withdraw any photo; the chief editor may do
everything. The roles hold the permissions (apps.py); this adds the rule
about whose photo it is, as the story desk does for drafts.
"""

from django.core.exceptions import PermissionDenied

from dateline.photos.models import Photo

VIEW = "photos.view_photo"
ADD = "photos.add_photo"
CHANGE = "photos.change_photo"
PUBLISH = "photos.publish_photo"


def is_photo_editor(user) -> bool:
    return bool(user.has_perm(PUBLISH))


def may_edit(user, photo: Photo) -> bool:
    if not user.has_perm(CHANGE):
        return False
    if is_photo_editor(user):
        return True
    return photo.created_by_id == user.pk and photo.status == Photo.Status.DRAFT


def require_edit(user, photo: Photo) -> None:
    if not may_edit(user, photo):
        if user.has_perm(CHANGE):
            raise PermissionDenied(
                "Reporters describe their own photos until they are published; this one is an editor's to change."
            )
        raise PermissionDenied("Your role does not allow describing photos.")
