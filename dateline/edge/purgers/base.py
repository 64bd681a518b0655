import urllib.error
import urllib.request

from django.conf import settings


class PurgeError(Exception):
    """A purge a cache did not take; the message is kept for the desk."""


class Purger:
    """Tells one cache (or CDN) to drop what it holds under some keys or URLs.

    `purge(keys, urls)` returns normally when the cache took the purge and
    raises PurgeError otherwise. It must not take long: the timeout is
    `DATELINE_PURGE_TIMEOUT` seconds, and a failed purge is retried later.
    """

    name = ""

    def __init__(self, target: str):
        self.target = target

    def purge(self, keys: list[str], urls: list[str]) -> None:
        raise NotImplementedError

    def send(self, request: urllib.request.Request) -> int:
        """Send one HTTP request to the cache or its API; the status, or PurgeError."""
        # The purge targets are operator-configured addresses (a cache on
        # this machine or the CDN's API), not partner input: no address
        # policy applies, but there is a short timeout.
        try:
            with urllib.request.urlopen(request, timeout=settings.DATELINE_PURGE_TIMEOUT) as response:
                return int(response.status)
        except urllib.error.HTTPError as exc:
            raise PurgeError(f"{self.name}: {request.get_method()} {request.full_url} answered {exc.code}") from None
        except (urllib.error.URLError, OSError, TimeoutError) as exc:
            reason = getattr(exc, "reason", exc)
            raise PurgeError(f"{self.name}: {request.full_url} could not be reached ({reason})") from None

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.target}>"
