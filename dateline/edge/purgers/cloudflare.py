"""Cloudflare's purge API by cache tag (the `Cache-Tag` header Dateline sends).

Target: the zone id. The API token comes from the environment variable
`CLOUDFLARE_API_TOKEN`. Purging by tag needs a plan that offers it; on other
plans, configure URL purging (`cloudflare-urls:ZONE`), which purges the public
URLs a change made stale.
"""

import json
import os
import urllib.request

from . import register
from .base import PurgeError, Purger

API = "https://api.cloudflare.com/client/v4"


class _Cloudflare(Purger):
    BATCH = 30  # Cloudflare takes at most 30 tags or URLs per request
    field = ""

    def items(self, keys: list[str], urls: list[str]) -> list[str]:
        raise NotImplementedError

    def purge(self, keys: list[str], urls: list[str]) -> None:
        token = os.environ.get("CLOUDFLARE_API_TOKEN", "")
        if not token:
            raise PurgeError(f"{self.name}: CLOUDFLARE_API_TOKEN is not set")
        items = self.items(keys, urls)
        for start in range(0, len(items), self.BATCH):
            request = urllib.request.Request(
                f"{API}/zones/{self.target}/purge_cache",
                method="POST",
                data=json.dumps({self.field: items[start : start + self.BATCH]}).encode(),
                headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
            )
            self.send(request)


@register("cloudflare")
class CloudflarePurger(_Cloudflare):
    field = "tags"

    def items(self, keys: list[str], urls: list[str]) -> list[str]:
        return list(keys)


@register("cloudflare-urls")
class CloudflareUrlPurger(_Cloudflare):
    field = "files"

    def items(self, keys: list[str], urls: list[str]) -> list[str]:
        return list(urls)
