"""What search adds to the article page: bylines and keywords linked to the
author and topic pages."""

from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe

from dateline.core.slugs import name_slug
from dateline.core.urls import fast_reverse


def linked_byline(names):
    """The article's byline with each name linking to the author's page."""
    links = []
    for name in names:
        if not name:
            continue
        slug = name_slug(name)
        links.append(
            format_html('<a href="{}">{}</a>', fast_reverse("search:author", slug), name) if slug else escape(name)
        )
    if len(links) < 2:
        return links[0] if links else ""
    return mark_safe(", ".join(links[:-1]) + " and " + links[-1])


def article_extras(request, story):
    """Article-page context: bylines linked to author pages and keywords
    linked to topic pages. No query: all of it is in the live version."""
    context = {}
    version = story.live
    if version is not None:
        # The site's byline line stays plain text; this linked form is for
        # templates that want it, and the author links below the story.
        context["byline_links"] = linked_byline(version.bylines)
        context["author_links"] = [(name, slug) for name in version.bylines if name and (slug := name_slug(name))]
        context["topic_links"] = [(kw, slug) for kw in version.keywords if kw and (slug := name_slug(kw))]
    return context
