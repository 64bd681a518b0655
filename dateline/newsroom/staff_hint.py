"""The "is staff" hint for public pages.

Public pages are the same bytes for every reader (a cache in front serves
them), so they never ask who is signed in. Signing in sets this cookie, which
scripts can read (it is not HttpOnly) and which grants nothing: it only tells
the page's small script that asking the newsroom for an "Edit" link is worth
a request. The newsroom endpoint checks the session and the role as always;
readers, who never have the cookie, make no request at all.
"""

from django.conf import settings

COOKIE = "dateline_staff"


def set_hint(response):
    # A browser-session cookie, as the newsroom session is.
    response.set_cookie(COOKIE, "1", samesite="Lax", httponly=False, secure=settings.SESSION_COOKIE_SECURE)
    return response


def clear_hint(response):
    response.delete_cookie(COOKIE, samesite="Lax")
    return response
