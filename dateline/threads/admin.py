from django.contrib import admin

from .models import Thread, ThreadMembership, ThreadSuggestion
from .services import refresh_thread


class MembershipInline(admin.TabularInline):
    model = ThreadMembership
    raw_id_fields = ("story",)
    readonly_fields = ("added_at", "added_by")
    extra = 1


@admin.register(Thread)
class ThreadAdmin(admin.ModelAdmin):
    list_display = ("title", "story_count", "updated_at")
    search_fields = ("title",)
    prepopulated_fields = {"slug": ("title",)}
    readonly_fields = ("story_count", "created_at", "updated_at")
    inlines = [MembershipInline]

    def save_formset(self, request, form, formset, change):
        for instance in formset.save(commit=False):
            if instance.added_by_id is None:
                instance.added_by = request.user
            instance.save()
        for obj in formset.deleted_objects:
            obj.delete()

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        # The article pages' "More on this story" reads the cached timeline.
        refresh_thread(form.instance)


@admin.register(ThreadSuggestion)
class ThreadSuggestionAdmin(admin.ModelAdmin):
    list_display = ("story", "thread", "related", "score", "status", "created_at")
    list_filter = ("status",)
    raw_id_fields = ("story", "thread", "related")
    readonly_fields = ("key", "decided_at", "decided_by")
