"""Read-only admin for feedback: triage happens in the inbox, where every
change is recorded; readers' emails only for those allowed to see them."""

from django.contrib import admin

from .models import Feedback, FeedbackEvent


class FeedbackEventInline(admin.TabularInline):
    model = FeedbackEvent
    extra = 0
    can_delete = False
    fields = ("at", "actor", "kind", "old_value", "new_value", "note")
    readonly_fields = fields

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Feedback)
class FeedbackAdmin(admin.ModelAdmin):
    list_display = ("pk", "created_at", "story", "category", "status", "assignee")
    list_filter = ("status", "category", "story__section")
    search_fields = ("story__public_id",)
    date_hierarchy = "created_at"
    inlines = [FeedbackEventInline]

    def get_fields(self, request, obj=None):
        fields = [
            "story",
            "version",
            "paragraph",
            "quote",
            "category",
            "message",
            "created_at",
            "status",
            "assignee",
            "updated_at",
            "updated_by",
            "personal_data_erased_at",
        ]
        if request.user.has_perm("feedback.view_feedback_email"):
            fields.insert(6, "email")
        return fields

    def get_readonly_fields(self, request, obj=None):
        return self.get_fields(request, obj)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
