from django.contrib import admin

from .models import Feed, IncomingItem, IngestRejection


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
