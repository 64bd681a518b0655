"""Extension points of the article page.

Other apps add to the article page without editing its view: each registers
a provider that returns extra template context for a story. Providers must
keep to the page's query budget (see tests/test_article_queries.py).
"""

ARTICLE_CONTEXT = []


def article_context(func):
    """Register `func(request, story) -> dict` to add context to article pages."""
    ARTICLE_CONTEXT.append(func)
    return func


def extra_article_context(request, story):
    context = {}
    for provider in ARTICLE_CONTEXT:
        context.update(provider(request, story) or {})
    return context
