"""The feedback desk's settings: Django settings first, then the environment,
then defaults. Documented in docs/feedback.md."""

import hashlib
import os

from django.conf import settings

DEFAULTS = {
    "FEEDBACK_RATES": "5/m,50/d",  # per client
    "FEEDBACK_SITE_RATE": "300/m",  # every client together
    "FEEDBACK_MAX_BODY_BYTES": 16384,
    "FEEDBACK_MESSAGE_MAX": 2000,
    "FEEDBACK_QUOTE_MAX": 500,
}


def get(name):
    value = getattr(settings, name, None)
    if value is None:
        value = os.environ.get(name) or DEFAULTS[name]
    if isinstance(DEFAULTS[name], int):
        return int(value)
    return value


def hash_key() -> bytes:
    """FEEDBACK_HASH_KEY, or a key derived from SECRET_KEY (so rotating
    SECRET_KEY also unlinks old hashes from new ones)."""
    explicit = getattr(settings, "FEEDBACK_HASH_KEY", None) or os.environ.get("FEEDBACK_HASH_KEY")
    if explicit:
        return explicit.encode()
    return hashlib.sha256(b"dateline.feedback.client-hash:" + settings.SECRET_KEY.encode()).digest()
