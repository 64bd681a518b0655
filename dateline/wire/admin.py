from django.contrib import admin

from .models import ApiClient


@admin.register(ApiClient)
class ApiClientAdmin(admin.ModelAdmin):
    list_display = ("name", "key_prefix", "rate_limit", "active", "created_at", "last_used_at")
    list_filter = ("active",)
    readonly_fields = ("key_prefix", "created_at", "last_used_at")
    fields = ("name", "key_prefix", "rate_limit", "active", "created_at", "last_used_at")
