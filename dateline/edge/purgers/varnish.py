"""Varnish with the xkey vmod (Debian's varnish-modules).

Sends `PURGE /` with the keys in an `xkey-purge` header; the shipped VCL
(`deploy/varnish/dateline.vcl`) accepts it only from the application's
addresses and soft-purges every object tagged with any of the keys, so the
next reader fetches a fresh copy while others may still get the stale one
for a moment (grace) instead of all waiting on the backend at once.
"""

import urllib.request

from . import register
from .base import Purger


@register("varnish")
class VarnishPurger(Purger):
    # Keys go in batches: a header line has a size limit in Varnish (8 KB).
    BATCH = 100

    def purge(self, keys: list[str], urls: list[str]) -> None:
        for start in range(0, len(keys), self.BATCH):
            batch = keys[start : start + self.BATCH]
            request = urllib.request.Request(
                self.target.rstrip("/") + "/", method="PURGE", headers={"xkey-purge": " ".join(batch)}
            )
            self.send(request)
