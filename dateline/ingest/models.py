"""The Incoming queue: stories taken in from other agencies' wires."""

from django.conf import settings
from django.db import models
from django.utils import timezone


class Feed(models.Model):
    """A wire Dateline polls: a local path or an http(s) URL."""

    name = models.CharField(max_length=120, unique=True)
    url = models.CharField("URL or path", max_length=500)
    format = models.CharField(max_length=20, blank=True, help_text="A parser name; empty means detect it.")
    auto_publish = models.BooleanField(default=False, help_text="Publish its stories without the desk.")
    section = models.ForeignKey(
        "stories.Section",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Section for stories that name none we know.",
    )
    active = models.BooleanField(default=True)
    etag = models.CharField(max_length=200, blank=True)
    last_modified = models.CharField(max_length=100, blank=True)
    last_polled_at = models.DateTimeField(null=True, blank=True)
    last_status = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class IncomingItem(models.Model):
    """One story from another wire, with where it came from. A newer version
    of the same original updates this row; it never adds another."""

    class Status(models.TextChoices):
        NEW = "new", "New"
        ACCEPTED = "accepted", "Accepted into a draft"
        PUBLISHED = "published", "Published automatically"
        REJECTED = "rejected", "Set aside by the desk"

    source = models.CharField(max_length=200, help_text="The wire: a feed's name, or what the command was told.")
    origin = models.CharField(max_length=500, blank=True, help_text="The file or URL it arrived in.")
    feed = models.ForeignKey(Feed, null=True, blank=True, on_delete=models.SET_NULL, related_name="items")
    format = models.CharField(max_length=20)
    original_id = models.CharField(max_length=500)
    original_version = models.CharField(max_length=40, blank=True)
    received_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)
    versions_received = models.PositiveIntegerField(default=1)

    headline = models.CharField(max_length=300)
    bylines = models.JSONField(default=list, blank=True)
    dateline_city = models.CharField(max_length=80, blank=True)
    dateline_country = models.CharField(max_length=80, blank=True)
    dateline_agency = models.CharField(max_length=80, blank=True)
    dateline_date = models.DateField(null=True, blank=True)
    body = models.JSONField(default=list, blank=True, help_text="Sanitised body items: paragraphs and blocks.")
    language = models.CharField(max_length=16, blank=True)
    urgency = models.PositiveSmallIntegerField(null=True, blank=True)
    keywords = models.JSONField(default=list, blank=True)
    section_name = models.CharField(max_length=80, blank=True)
    slugline = models.CharField(max_length=120, blank=True)
    ednote = models.CharField(max_length=500, blank=True)
    desk_notes = models.JSONField(
        default=list, blank=True, help_text="Text the sender meant for editors only; never published."
    )
    credit = models.CharField(max_length=120, blank=True, help_text="The source agency's credit.")
    dateline_text = models.CharField(max_length=200, blank=True, help_text="The dateline as the source wrote it.")
    embargo_until = models.DateTimeField(null=True, blank=True, help_text="Not public anywhere before this time.")
    wire_header = models.JSONField(
        default=dict, blank=True, help_text="Transmission facts: service, priority, category, take, word count, sent."
    )
    pubstatus = models.CharField(max_length=16, default="usable")
    photos = models.JSONField(
        default=list, blank=True, help_text="Photo ids of the pictures taken in with it, lead first."
    )
    pictures = models.JSONField(
        default=list,
        blank=True,
        help_text="The pictures the sender attached: id, address, description, and the photo or the problem.",
    )
    first_created = models.DateTimeField(null=True, blank=True)
    version_created = models.DateTimeField(null=True, blank=True)

    status = models.CharField(max_length=16, choices=Status.choices, default=Status.NEW, db_index=True)
    story = models.ForeignKey("stories.Story", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-updated_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["source", "original_id"], name="incoming_unique_original"),
        ]
        permissions = [("accept_incomingitem", "Can accept incoming wire stories into drafts")]

    def __str__(self):
        return f"{self.source}: {self.headline}"


class IngestRejection(models.Model):
    """Input that was refused, with the reason a person can act on."""

    source = models.CharField(max_length=200)
    origin = models.CharField(max_length=500, blank=True)
    feed = models.ForeignKey(Feed, null=True, blank=True, on_delete=models.SET_NULL, related_name="rejections")
    original_id = models.CharField(max_length=500, blank=True)
    reason = models.CharField(max_length=1000)
    received_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-received_at", "-id"]

    def __str__(self):
        return f"{self.source}: {self.reason}"


class WirePicture(models.Model):
    """A picture item that came alone from a wire, and the photo it became.
    A later version of it (same source, same original id) updates that photo's
    description instead of adding another, and its file when the sender's
    renditions changed (`picture_identity`); `described` is what the sender
    said last, so only what the sender changes overrides the desk's edits."""

    source = models.CharField(max_length=200, help_text="The wire: a feed's name, or what the command was told.")
    original_id = models.CharField(max_length=500)
    original_version = models.CharField(max_length=40, blank=True)
    version_created = models.DateTimeField(null=True, blank=True)
    feed = models.ForeignKey(Feed, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    format = models.CharField(max_length=20, blank=True)
    origin = models.CharField(max_length=500, blank=True, help_text="The file or URL it arrived in.")
    photo = models.ForeignKey("photos.Photo", on_delete=models.CASCADE, related_name="+")
    described = models.JSONField(default=dict, blank=True, help_text="The sender's description, as last received.")
    picture_identity = models.CharField(
        max_length=64,
        blank=True,
        help_text="A digest of the renditions the sender last offered (addresses, sizes, hashes): "
        "another one in a later version is a corrected picture, fetched and put in place of the photo's file.",
    )
    received_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)
    versions_received = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["-updated_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["source", "original_id"], name="wirepicture_unique_original"),
        ]

    def __str__(self):
        return f"{self.source}: {self.original_id}"


class PictureFailure(models.Model):
    """A wire picture that could not be fetched or kept: when to try again,
    or (once `tries` reach DATELINE_PICTURE_TRIES) that Dateline gave up.
    Deleting the row has the next poll try it again."""

    source = models.CharField(max_length=200)
    key = models.CharField(max_length=128, help_text="The sender's id for the picture, as Photo.source_key holds it.")
    url = models.CharField(max_length=1000, blank=True)
    tries = models.PositiveSmallIntegerField(default=0)
    reason = models.CharField(max_length=1000)
    first_failed_at = models.DateTimeField(default=timezone.now)
    last_failed_at = models.DateTimeField(default=timezone.now)
    next_try_at = models.DateTimeField(null=True, blank=True, help_text="Empty: given up.")

    class Meta:
        ordering = ["-last_failed_at", "-id"]
        constraints = [models.UniqueConstraint(fields=["source", "key"], name="picturefailure_unique_key")]

    def __str__(self):
        return f"{self.source}: {self.key} ({self.tries} tries)"

    @property
    def gave_up(self) -> bool:
        return self.next_try_at is None


class PastedImport(models.Model):
    """What `import-text` decided about one pasted article page, kept with the
    story: the desk checks it, and the photo desk uses the captions later."""

    story = models.OneToOneField("stories.Story", on_delete=models.CASCADE, related_name="pasted_import")
    source = models.CharField(max_length=200, blank=True, help_text="The file the page came from.")
    imported_at = models.DateTimeField(default=timezone.now)
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    page_time = models.DateTimeField(
        null=True, blank=True, help_text="The publication time the page printed; empty: unknown."
    )
    headline_derived = models.BooleanField(
        default=False, help_text="The page had no headline line; it was taken from the lead."
    )
    dateline_text = models.CharField(max_length=200, blank=True, help_text="The dateline as the page wrote it.")
    credit = models.CharField(max_length=120, blank=True, help_text="The outlet the page credits.")
    captions = models.JSONField(default=list, blank=True, help_text="Photo captions, never part of the body.")
    dropped = models.JSONField(default=list, blank=True, help_text="Lines dropped as page furniture.")

    class Meta:
        ordering = ["-imported_at", "-id"]

    def __str__(self):
        return f"{self.source}: {self.story_id}"
