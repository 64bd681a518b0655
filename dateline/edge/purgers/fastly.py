"""Fastly's purge API: a soft purge of each surrogate key.

Target: the service id. The API token comes from the environment variable
`FASTLY_API_TOKEN` (never from the settings file). See docs/deployment.md.
"""

import json
import os
import urllib.request

from . import register
from .base import PurgeError, Purger

API = "https://api.fastly.com"


@register("fastly")
class FastlyPurger(Purger):
    BATCH = 256  # Fastly takes at most 256 keys per request

    def purge(self, keys: list[str], urls: list[str]) -> None:
        token = os.environ.get("FASTLY_API_TOKEN", "")
        if not token:
            raise PurgeError("fastly: FASTLY_API_TOKEN is not set")
        for start in range(0, len(keys), self.BATCH):
            batch = keys[start : start + self.BATCH]
            request = urllib.request.Request(
                f"{API}/service/{self.target}/purge",
                method="POST",
                data=json.dumps({"surrogate_keys": batch}).encode(),
                headers={
                    "Fastly-Key": token,
                    "Fastly-Soft-Purge": "1",
                    "Content-Type": "application/json",
                    "Accept": "application/json",
                },
            )
            self.send(request)
