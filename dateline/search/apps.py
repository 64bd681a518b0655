from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "dateline.search"
    label = "search"
    verbose_name = "Search, archive and story threads"

    def ready(self):
        from dateline.desk.registry import register_desk, register_role_permissions
        from dateline.site.hooks import article_context
        from dateline.stories.signals import story_published, story_unpublished

        from dateline.newsroom.finder import register_public_search

        from . import threads
        from .desk_search import find_story_ids
        from .indexing import on_story_changed

        story_published.connect(on_story_changed, dispatch_uid="search-index-published")
        story_unpublished.connect(on_story_changed, dispatch_uid="search-index-unpublished")
        article_context(threads.article_extras)
        # The newsroom's "All stories" desk finds public stories through the index.
        register_public_search(find_story_ids)
        # Editors keep story threads: start them, add and remove stories, and
        # review the threads Dateline suggests.
        register_desk("threads", "Threads", "search:thread_manage", permission="search.add_thread", order=50)
        for role in ("editor", "chief"):
            register_role_permissions(role, "search.add_thread", "search.change_thread",
                                      "search.review_threadsuggestion")
