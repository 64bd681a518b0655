"""Responses to signed-in people are never stored by a cache.

Every page a signed-in member of staff sees may carry personal data: names
and addresses of readers in the feedback inbox, staff e-mail addresses, IP
addresses in the audit log, the desk's notices on an article page. Such a
response says `Cache-Control: …, no-store, …, private`, overriding anything more
permissive a view set, so neither a shared proxy nor the browser's disk
cache keeps it."""

from django.conf import settings
from django.utils.cache import patch_vary_headers

# Django's never_cache value: no-store for caches, the rest for old browsers.
PRIVATE = "max-age=0, no-cache, no-store, must-revalidate, private"


class PrivateWhenSignedInMiddleware:
    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        # Without a session cookie nobody is signed in: readers' requests do
        # not even touch the session (which would add Vary: Cookie).
        if settings.SESSION_COOKIE_NAME not in request.COOKIES:
            return response
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            response["Cache-Control"] = PRIVATE
            response.headers.pop("Expires", None)
            patch_vary_headers(response, ["Cookie"])
        return response
