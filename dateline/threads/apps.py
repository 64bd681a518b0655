from django.apps import AppConfig


class ThreadsConfig(AppConfig):
    """Story threads: an ongoing story followed from start to finish, its
    timeline page, "More on this story" on the article page, the editors'
    thread desk and the suggestions Dateline makes from text similarity."""

    name = "dateline.threads"
    label = "threads"
    verbose_name = "Story threads"

    def ready(self):
        from dateline.desk.registry import register_desk, register_role_permissions
        from dateline.site.hooks import article_context
        from dateline.stories.signals import story_published, story_unpublished

        from .services import article_extras, on_story_changed

        # A member story's headline or place in its timeline may have changed.
        story_published.connect(on_story_changed, dispatch_uid="threads-refresh-published")
        story_unpublished.connect(on_story_changed, dispatch_uid="threads-refresh-unpublished")
        article_context(article_extras)
        # Editors keep story threads: start them, add and remove stories, and
        # review the threads Dateline suggests.
        register_desk("threads", "Threads", "threads:thread_manage", permission="threads.add_thread", order=50)
        for role in ("editor", "chief"):
            register_role_permissions(
                role, "threads.add_thread", "threads.change_thread", "threads.review_threadsuggestion"
            )
