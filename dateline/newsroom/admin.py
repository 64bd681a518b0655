"""Superusers may read the audit log in the Django admin; nobody edits it there."""

from django.contrib import admin

from .models import AuditLog


@admin.register(AuditLog)
class AuditLogAdmin(admin.ModelAdmin):
    list_display = ("at", "username", "action", "public_id", "ip", "via")
    list_filter = ("action", "via")
    search_fields = ("username", "public_id", "action")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
