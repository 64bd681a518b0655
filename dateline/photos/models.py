"""A photo as the agency keeps it: the original file (never public), the
IPTC description the desk edits, and the renditions readers are sent.

Stories refer to photos by primary key: `Story.photos` (the working copy) and
`StoryVersion.photos` (what a public version showed) are ordered lists of
Photo ids; the first is the lead photo, the rest the gallery. `StoryPhoto`
indexes which public stories use which photo, for the photo's own page.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone


def original_name(photo, filename):
    # Originals are kept under their content hash: one file per picture, and
    # a name that says nothing about the picture.
    return f"originals/{photo.sha256[:2]}/{photo.sha256}{photo.extension}"


class PhotoQuerySet(models.QuerySet):
    def public(self):
        """Photos a reader may see: published (with alt text, which publishing requires)."""
        return self.filter(status=Photo.Status.PUBLISHED)

    def from_wire(self):
        """Photos taken in from a wire, alone or with a story."""
        return self.filter(from_wire=True)


class Photo(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        PUBLISHED = "published", "Published"
        WITHDRAWN = "withdrawn", "Withdrawn"

    public_id = models.CharField(max_length=32, unique=True, editable=False)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.DRAFT, db_index=True)

    # The file as received. It may carry GPS and camera serials, so it is
    # stored apart from what readers are sent and never served as is.
    original = models.FileField(upload_to=original_name, max_length=200)
    sha256 = models.CharField(max_length=64, unique=True)
    mime_type = models.CharField(max_length=40)
    width = models.PositiveIntegerField()
    height = models.PositiveIntegerField()
    file_size = models.PositiveIntegerField()
    animated = models.BooleanField(default=False)

    # The IPTC Photo Metadata Standard's core fields, as read from the
    # file's IIM and XMP on arrival, then edited by the desk.
    headline = models.CharField(max_length=300, blank=True)
    caption = models.TextField(blank=True, help_text="IPTC Description / Caption-Abstract.")
    alt_text = models.CharField(
        max_length=400, blank=True, help_text="What the picture shows, for readers who cannot see it."
    )
    extended_description = models.TextField(
        blank=True,
        help_text="IPTC Extended Description (Accessibility): what alt text is too short to say, "
        "for readers who cannot see the picture.",
    )
    creator = models.CharField(max_length=200, blank=True, help_text="IPTC Creator (By-line): the photographer.")
    credit_line = models.CharField(max_length=200, blank=True, help_text='IPTC Credit Line, e.g. "Yonhap".')
    copyright_notice = models.CharField(max_length=300, blank=True)
    rights_usage = models.TextField(blank=True, help_text="IPTC Rights Usage Terms.")
    date_created = models.DateTimeField(null=True, blank=True)
    city = models.CharField(max_length=120, blank=True)
    country = models.CharField(max_length=120, blank=True)
    keywords = models.JSONField(default=list, blank=True)
    # The EXIF the desk may want (camera, lens, exposure, time taken); the
    # public renditions do not carry GPS or serial numbers.
    exif = models.JSONField(default=dict, blank=True)

    # Where the editor clicked, as fractions of the width and height: the
    # crops (16:9, 4:3, 1:1) keep this point inside and as central as they can.
    focal_x = models.FloatField(default=0.5)
    focal_y = models.FloatField(default=0.5)

    # The renditions made so far: {"<ratio>/<width>.<format>": {"name": storage
    # name, "width": w, "height": h, "bytes": n}}. Kept on the row so a page
    # showing photos needs no query per rendition.
    renditions = models.JSONField(default=dict, blank=True)
    renditions_key = models.CharField(
        max_length=64,
        blank=True,
        help_text="What the renditions were cut for (focal point and original); stale when it differs.",
    )

    source = models.CharField(max_length=200, blank=True, help_text="Where the photo came from: the desk, or a feed.")
    source_url = models.URLField(max_length=1000, blank=True)
    source_key = models.CharField(
        max_length=128, blank=True, db_index=True, help_text="The sender's id, so re-sends do not duplicate."
    )
    from_wire = models.BooleanField(
        default=False, help_text="Taken in from a wire (`source` names it), not uploaded on the desk."
    )

    revision = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now)
    modified_at = models.DateTimeField(default=timezone.now)
    published_at = models.DateTimeField(null=True, blank=True, db_index=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = PhotoQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["status", "-published_at"], name="photo_status_pub")]
        permissions = [("publish_photo", "Can publish photos")]

    def __str__(self):
        return f"{self.public_id} {self.headline or self.caption[:60]}"

    EXTENSIONS = {
        "image/jpeg": ".jpg",
        "image/png": ".png",
        "image/webp": ".webp",
        "image/avif": ".avif",
        "image/heic": ".heic",
    }

    @property
    def extension(self):
        return self.EXTENSIONS.get(self.mime_type, "")

    @property
    def uri(self) -> str:
        """The photo's name for subscribers, the same in every output (the
        photo feed's guid, the ninjs uri, the NewsML-G2 guid), so a client can
        tell it is one photo whichever way it arrived."""
        return f"urn:{settings.DATELINE_ID_PREFIX.lower()}:photo:{self.public_id}"


class StoryPhoto(models.Model):
    """Which photos a story's live version shows, kept when it is published,
    so a photo's page can list the stories that used it."""

    story = models.ForeignKey("stories.Story", on_delete=models.CASCADE, related_name="photo_uses")
    photo = models.ForeignKey(Photo, on_delete=models.PROTECT, related_name="uses")
    position = models.PositiveSmallIntegerField(default=0, help_text="0 is the lead photo.")

    class Meta:
        ordering = ["story", "position"]
        constraints = [models.UniqueConstraint(fields=["story", "photo"], name="storyphoto_unique")]

    def __str__(self):
        return f"{self.story_id} #{self.position}: {self.photo_id}"
