"""Production settings: the base settings plus refusals of unsafe configurations."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F401,F403
from .base import DATELINE_COUNTERS, DEBUG, DEV_SECRET_KEY, REDIS_URL, SECRET_KEY, env_bool, env_int

if DEBUG:
    raise ImproperlyConfigured("Refusing to start: DEBUG is on in production settings.")
if not SECRET_KEY or SECRET_KEY == DEV_SECRET_KEY or len(SECRET_KEY) < 32:
    raise ImproperlyConfigured("Refusing to start: set SECRET_KEY to a random value of at least 32 characters.")

if DATELINE_COUNTERS == "cache" and not REDIS_URL:
    raise ImproperlyConfigured(
        "Refusing to start: DATELINE_COUNTERS=cache without REDIS_URL keeps rate limits in each worker's "
        "memory, so every worker allows the full limit. Set REDIS_URL, or leave DATELINE_COUNTERS unset."
    )

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# DATELINE_TLS: the site is served over HTTPS (by the proxy in front). It
# turns on secure cookies and HSTS; turn it off only for a plain-HTTP
# install on a private network.
DATELINE_TLS = env_bool("DATELINE_TLS", True)
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", DATELINE_TLS)
CSRF_COOKIE_SECURE = env_bool("SECURE_COOKIES", DATELINE_TLS)
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", False)
# Browsers remember HSTS for max-age: one year once TLS is known to work.
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31_536_000 if DATELINE_TLS else 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", False)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
if SECURE_HSTS_SECONDS and not DATELINE_TLS:
    raise ImproperlyConfigured("Refusing to start: SECURE_HSTS_SECONDS is set but DATELINE_TLS is off.")
