"""nginx with `proxy_cache_purge` (Debian's libnginx-mod-http-cache-purge).

nginx purges by cache key, which the shipped configuration
(`deploy/nginx/dateline.conf`) makes the request URI, so this purger sends
`PURGE` for each public URL a change made stale rather than for keys.
"""

import urllib.parse
import urllib.request

from . import register
from .base import PurgeError, Purger


@register("nginx")
class NginxPurger(Purger):
    def purge(self, keys: list[str], urls: list[str]) -> None:
        base = self.target.rstrip("/")
        for url in urls:
            path = urllib.parse.urlsplit(url).path or "/"
            request = urllib.request.Request(base + urllib.parse.quote(path, safe="/%"), method="PURGE")
            try:
                self.send(request)
            except PurgeError as exc:
                # 404: nginx held nothing under that URL, which is fine.
                if " answered 404" not in str(exc):
                    raise
