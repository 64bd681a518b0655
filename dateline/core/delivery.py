"""How responses leave the server: static files with hashed names cached for
a year, and HTML, feeds and the API compressed for readers.

BREACH: an attacker who can both put text into a compressed HTTPS response
and watch its size can guess a secret on the same page, byte by byte. The
pages that hold secrets are the desk's (unpublished and embargoed stories,
readers' emails, next to filter and search input reflected from the URL),
and they are only ever served to signed-in staff, so `GZipForReaders` sends
every response to a signed-in session uncompressed. Readers' pages carry no
secret but the CSRF token of the feedback form, which Django masks afresh on
every response; and Django's GZipMiddleware pads each response by a random
length besides ("Heal the Breach"). See docs/performance.md.
"""

from django.conf import settings
from django.http import HttpRequest
from django.http.response import HttpResponseBase
from django.middleware.gzip import GZipMiddleware
from whitenoise.middleware import WhiteNoiseMiddleware
from whitenoise.storage import CompressedManifestStaticFilesStorage

ONE_YEAR = 365 * 24 * 60 * 60


class HashedStaticFiles(CompressedManifestStaticFilesStorage):
    """WhiteNoise's storage: `collectstatic` writes hashed names with gzip and
    brotli copies and a manifest. Before the first `collectstatic` (a
    development or test server) there is no manifest, and pages link the
    plain names, which WhiteNoise serves from the apps' folders, rather than
    failing. Once a manifest exists, a file missing from it is an error."""

    def stored_name(self, name: str) -> str:
        if not self.hashed_files:
            return name
        return super().stored_name(name)


class StaticFiles(WhiteNoiseMiddleware):
    """WhiteNoise, with files whose names carry their content's hash cached for
    a year (`immutable`) rather than WhiteNoise's ten; unhashed names keep
    WHITENOISE_MAX_AGE (60 seconds)."""

    FOREVER = ONE_YEAR


class GZipForReaders(GZipMiddleware):
    """gzip for people who are not signed in; none for signed-in sessions."""

    def process_response(self, request: HttpRequest, response: HttpResponseBase) -> HttpResponseBase:
        # Without a session cookie nobody is signed in: a reader's request
        # does not load the session to find that out.
        if settings.SESSION_COOKIE_NAME in request.COOKIES:
            user = getattr(request, "user", None)
            if user is not None and user.is_authenticated:
                return response
        return super().process_response(request, response)
