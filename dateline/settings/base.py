"""Dateline settings, read from the environment.

Every value a deployment may change comes from an environment variable so the
same code runs on a laptop (SQLite) and behind a load balancer (PostgreSQL,
Redis). `dateline.settings.production` adds the checks that refuse unsafe
configurations.
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent.parent
DATA_DIR = Path(os.environ.get("DATELINE_DATA_DIR", BASE_DIR / "var"))

DEV_SECRET_KEY = "dateline-development-key-not-for-production"


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    lowered = value.strip().lower()
    if lowered in {"1", "true", "yes", "on"}:
        return True
    if lowered in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (1/0, true/false), not {value!r}")


def env_list(name, default):
    value = os.environ.get(name)
    if not value:
        return list(default)
    return [item.strip() for item in value.split(",") if item.strip()]


def env_int(name, default):
    value = os.environ.get(name)
    if not value:
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}") from None


SECRET_KEY = os.environ.get("SECRET_KEY") or DEV_SECRET_KEY
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]", "testserver"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

# The newsroom's own clock: times are stored in UTC and shown in this zone.
TIME_ZONE = os.environ.get("TIME_ZONE", "Asia/Seoul")
USE_TZ = True
USE_I18N = True
LANGUAGE_CODE = os.environ.get("LANGUAGE_CODE", "en")

# The agency: its name in datelines ("SEOUL, Oct. 28 (Yonhap) --"), its
# display name, and the prefix of its public story IDs (DLN20211028000001325).
DATELINE_AGENCY = os.environ.get("DATELINE_AGENCY", "Dateline")
DATELINE_SITE_NAME = os.environ.get("DATELINE_SITE_NAME", "Dateline News Agency")
DATELINE_ID_PREFIX = os.environ.get("DATELINE_ID_PREFIX", "DLN")
DATELINE_SITE_URL = os.environ.get("DATELINE_SITE_URL", "http://127.0.0.1:8000").rstrip("/")
DATELINE_PAGE_SIZE = env_int("DATELINE_PAGE_SIZE", 20)

# Server-side fetches (wire feeds): networks a partner URL may point into
# although they are not public (loopback, private, link-local ...), one
# deadline for a whole fetch and a timeout per read. See docs/security.md.
DATELINE_FETCH_ALLOW_NETWORKS = env_list("DATELINE_FETCH_ALLOW_NETWORKS", [])
DATELINE_FETCH_DEADLINE = env_int("DATELINE_FETCH_DEADLINE", 60)
DATELINE_FETCH_READ_TIMEOUT = env_int("DATELINE_FETCH_READ_TIMEOUT", 20)
DATELINE_POLL_WORKERS = env_int("DATELINE_POLL_WORKERS", 4)
# A wire picture that fails is tried again after this many seconds, twice
# as long after each further failure, and given up after this many tries
# (docs/ingest.md): polls do not fetch a broken address forever.
DATELINE_PICTURE_RETRY_SECONDS = env_int("DATELINE_PICTURE_RETRY_SECONDS", 300)
DATELINE_PICTURE_TRIES = env_int("DATELINE_PICTURE_TRIES", 6)

INSTALLED_APPS = [
    # Django's admin, signed in to through the newsroom's sign-in page.
    "dateline.core.admin_site.AdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "dateline.core",
    "dateline.stories",
    "dateline.site",
    "dateline.history",
    "dateline.desk",
    "dateline.ingest",
    "dateline.newsroom",
    "dateline.feedback",
    "dateline.wire",
    "dateline.search",
    "dateline.threads",
    "dateline.edge",
    "dateline.photos",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # django-csp's, with the site's policy built once (dateline.core.policy).
    "dateline.core.policy.ContentSecurityPolicyMiddleware",
    "dateline.core.delivery.StaticFiles",
    # Photo renditions as files (never the originals), before any session or
    # page work: see dateline.photos.serving.
    "dateline.photos.serving.MediaFiles",
    # Above the conditional-GET and cache middleware: they see the plain body
    # (and its ETag), and compression, readers' only, comes last.
    "dateline.core.delivery.GZipForReaders",
    # Outside the session and CSRF middleware, so it sees every cookie a
    # response would set before it lets a shared cache keep the response.
    "django.middleware.http.ConditionalGetMiddleware",
    "dateline.core.caching.PublicCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "dateline.core.middleware.PrivateWhenSignedInMiddleware",
    "dateline.newsroom.middleware.SessionGenerationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "dateline.urls"
WSGI_APPLICATION = "dateline.wsgi.application"

TEMPLATES = [
    {
        # Dateline's own pages: Jinja2 renders several times faster than
        # Django's engine on the hot article path.
        "BACKEND": "django.template.backends.jinja2.Jinja2",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "environment": "dateline.site.jinja.environment",
            "autoescape": True,
            "auto_reload": DEBUG,
        },
    },
    {
        # Django's admin and form widgets.
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]
FORM_RENDERER = "django.forms.renderers.DjangoTemplates"

DATA_DIR_SQLITE = DATA_DIR / "dateline.sqlite3"
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{DATA_DIR_SQLITE}",
        conn_max_age=env_int("DB_CONN_MAX_AGE", 600),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    if not os.environ.get("DATABASE_URL"):
        # The embedded database lives in DATELINE_DATA_DIR; a new directory
        # is made rather than failing with "unable to open database file".
        DATA_DIR.mkdir(parents=True, exist_ok=True)
    # WAL lets readers go on while a writer commits; IMMEDIATE takes the write
    # lock at BEGIN so concurrent writers queue on busy_timeout instead of
    # failing with "database is locked" halfway through a transaction.
    # WAL is a property of the file, switched on once by the first connection
    # that can write (dateline.core.sqlite), not here: a PRAGMA that writes
    # on every connect made a read-only database unreadable.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA synchronous=NORMAL;PRAGMA busy_timeout=20000;PRAGMA foreign_keys=ON",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }

elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql" and env_bool("DB_POOL", True):
    # A persistent connection per thread let 40 readers on granian's threads
    # hold 83 connections. psycopg's pool (Django 5.2) bounds each process to
    # DB_POOL_MAX_SIZE connections that its threads share; a thread waits up
    # to DB_POOL_TIMEOUT seconds for one. Total: processes × max size.
    DATABASES["default"]["CONN_MAX_AGE"] = 0  # the pool keeps connections; Django must not
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = False
    DATABASES["default"].setdefault("OPTIONS", {})["pool"] = {
        "min_size": env_int("DB_POOL_MIN_SIZE", 1),
        "max_size": env_int("DB_POOL_MAX_SIZE", 4),
        "timeout": env_int("DB_POOL_TIMEOUT", 20),
    }

if os.environ.get("DATELINE_TEST_DB_NAME"):
    DATABASES["default"]["TEST"] = {"NAME": os.environ["DATELINE_TEST_DB_NAME"]}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "dateline",
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "dateline",
        }
    }

# Counters for rate limits and sign-in protection (dateline.core.counters):
# "sqlite", a file shared by the workers of one machine, or "cache", Django's
# cache (Redis, shared by every machine, when REDIS_URL is set).
DATELINE_COUNTERS = os.environ.get("DATELINE_COUNTERS") or ("cache" if REDIS_URL else "sqlite")
if DATELINE_COUNTERS not in ("sqlite", "cache"):
    raise ImproperlyConfigured(f"DATELINE_COUNTERS must be 'sqlite' or 'cache', not {DATELINE_COUNTERS!r}")
DATELINE_COUNTERS_FILE = Path(os.environ.get("DATELINE_COUNTERS_FILE") or DATA_DIR / "counters.sqlite3")
DATELINE_TRUSTED_PROXIES = env_int("DATELINE_TRUSTED_PROXIES", 0)

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "/newsroom/login/"
LOGIN_REDIRECT_URL = "/newsroom/"
SESSION_COOKIE_AGE = env_int("SESSION_COOKIE_AGE", 8 * 3600)
SESSION_COOKIE_HTTPONLY = True
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"
# Content-Security-Policy (django-csp): scripts, styles, images and fetches
# from this origin only; Dateline's pages carry no inline script or style
# (JSON-LD is data, which CSP does not govern). frame-ancestors 'self' lets
# the desk's preview frame its own origin; X-Frame-Options stays DENY for
# every other page and for browsers without CSP.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'"],
        "frame-ancestors": ["'self'"],
        "form-action": ["'self'"],
        "base-uri": ["'none'"],
        "object-src": ["'none'"],
    },
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
DATA_UPLOAD_MAX_MEMORY_SIZE = env_int("DATA_UPLOAD_MAX_MEMORY_SIZE", 2_621_440)

STATIC_URL = "/static/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # `dateline collectstatic` writes each file under a name carrying its
    # content's hash (cached for a year, see dateline.core.delivery) with gzip
    # and brotli copies made once, which WhiteNoise serves by Accept-Encoding.
    "staticfiles": {"BACKEND": "dateline.core.delivery.HashedStaticFiles"},
}
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", DATA_DIR / "static"))
WHITENOISE_USE_FINDERS = True

# Photos (docs/photos.md): the originals and the renditions readers are sent,
# through Django's storage API ("default" above: the filesystem under
# MEDIA_ROOT; an S3-compatible store through django-storages, documented).
# Originals are kept under originals/, which the media middleware never
# serves; renditions under renditions/, named by what they were cut for, so
# they are cached for a year.
MEDIA_URL = os.environ.get("MEDIA_URL", "/media/")
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", DATA_DIR / "media"))
DATELINE_PHOTO_MAX_BYTES = env_int("DATELINE_PHOTO_MAX_BYTES", 50_000_000)
# Width × height, read from the file's header before anything is decoded:
# a few bytes can claim a picture that would take gigabytes to decode.
DATELINE_PHOTO_MAX_PIXELS = env_int("DATELINE_PHOTO_MAX_PIXELS", 64_000_000)
DATELINE_PHOTO_RENDITIONS_IN_BACKGROUND = env_bool("DATELINE_PHOTO_RENDITIONS_IN_BACKGROUND", True)
# A published photo's renditions replaced by a new set (a new focal point,
# new rights) are kept this long: pages a cache in front or a browser still
# holds name them until the purge reaches the cache and readers reload.
DATELINE_PHOTO_STALE_RENDITIONS_SECONDS = env_int("DATELINE_PHOTO_STALE_RENDITIONS_SECONDS", 600)
WHITENOISE_AUTOREFRESH = DEBUG

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# The cache in front (Varnish, nginx or a CDN): lifetimes of public pages and
# the purgers told when a change makes pages stale (docs/deployment.md).
DATELINE_CACHE_MAX_AGE = env_int("DATELINE_CACHE_MAX_AGE", 60)
DATELINE_CACHE_ERROR_MAX_AGE = env_int("DATELINE_CACHE_ERROR_MAX_AGE", 10)
DATELINE_CACHE_STALE_WHILE_REVALIDATE = env_int("DATELINE_CACHE_STALE_WHILE_REVALIDATE", 30)
DATELINE_CACHE_STALE_IF_ERROR = env_int("DATELINE_CACHE_STALE_IF_ERROR", 86400)
DATELINE_PURGERS = env_list("DATELINE_PURGERS", [])
DATELINE_PURGE_TIMEOUT = env_int("DATELINE_PURGE_TIMEOUT", 2)
DATELINE_PURGE_IN_BACKGROUND = env_bool("DATELINE_PURGE_IN_BACKGROUND", True)
