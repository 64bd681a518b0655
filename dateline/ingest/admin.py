from django.contrib import admin

from .models import Feed, IncomingItem, IngestRejection, PictureFailure, WirePicture


@admin.register(Feed)
class FeedAdmin(admin.ModelAdmin):
    list_display = ("name", "url", "format", "auto_publish", "active", "last_polled_at", "last_status")


@admin.register(IncomingItem)
class IncomingItemAdmin(admin.ModelAdmin):
    list_display = ("headline", "source", "original_id", "original_version", "status", "received_at")
    list_filter = ("status", "source")
    search_fields = ("headline", "original_id")


@admin.register(IngestRejection)
class IngestRejectionAdmin(admin.ModelAdmin):
    list_display = ("received_at", "source", "original_id", "reason")


@admin.register(WirePicture)
class WirePictureAdmin(admin.ModelAdmin):
    list_display = ("original_id", "source", "original_version", "photo", "updated_at")
    list_filter = ("source",)
    search_fields = ("original_id",)


@admin.register(PictureFailure)
class PictureFailureAdmin(admin.ModelAdmin):
    """Deleting a failure has the next poll try the picture again."""

    list_display = ("key", "source", "tries", "next_try_at", "reason")
    list_filter = ("source",)
    search_fields = ("key", "url")
