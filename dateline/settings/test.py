"""Test settings: the base settings with a fast password hasher."""

from .base import *  # noqa: F401,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

# Purges run inline in tests, inside the test's transaction.
DATELINE_PURGE_IN_BACKGROUND = False

# Rate limits and sign-in counters in the per-process memory cache, which each
# test's cache.clear() empties. The shared stores (the SQLite file, Redis) have
# their own tests, which select them with override_settings.
DATELINE_COUNTERS = "cache"

# Tests render pages without running collectstatic first: plain names, and
# no manifest to read; the hashed, compressed storage has its own test
# (dateline/core/tests/test_static_files_are_hashed_compressed_and_cached.py).
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}  # noqa: F405

# The tests' partner servers listen on 127.0.0.1; every other loopback
# address (127.0.0.2, ::1) stays refused, so the address policy is tested.
DATELINE_FETCH_ALLOW_NETWORKS = ["127.0.0.1/32"]

# Photo renditions are made inline when the test's on-commit callbacks run,
# not in a thread the test would have to wait for.
DATELINE_PHOTO_RENDITIONS_IN_BACKGROUND = False

# Files the tests store (photo originals and renditions, the demo's photos
# among them) go to a folder of the test run's own, removed at its end,
# never to the checkout's var/media.
import atexit  # noqa: E402
import shutil  # noqa: E402
import tempfile  # noqa: E402

MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="dateline-test-media-"))  # noqa: F405
atexit.register(shutil.rmtree, MEDIA_ROOT, True)
