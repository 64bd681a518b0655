from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "dateline.search"
    label = "search"
    verbose_name = "Search and archive"

    def ready(self):
        from dateline.newsroom.finder import register_public_search
        from dateline.photos.signals import photo_changed
        from dateline.site.hooks import article_context
        from dateline.stories.signals import story_published, story_unpublished

        from .article import article_extras
        from .desk_search import find_story_ids
        from .indexing import on_story_changed
        from .photos import on_photo_changed

        story_published.connect(on_story_changed, dispatch_uid="search-index-published")
        story_unpublished.connect(on_story_changed, dispatch_uid="search-index-unpublished")
        # The photo archive's index follows the photo desk.
        photo_changed.connect(on_photo_changed, dispatch_uid="search-index-photo")
        article_context(article_extras)
        # The newsroom's "All stories" desk finds public stories through the index.
        register_public_search(find_story_ids)
