"""Production settings must refuse to start with DEBUG on or a default secret."""

import os
import subprocess
import sys

import pytest

GOOD_SECRET = "k" * 50


def load_production(env):
    full = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "SECRET_KEY"}}
    full.update(env)
    return subprocess.run(
        [sys.executable, "-c", "import dateline.settings.production"],
        env=full,
        capture_output=True,
        text=True,
    )


def test_refuses_debug_on():
    result = load_production({"DEBUG": "1", "SECRET_KEY": GOOD_SECRET})
    assert result.returncode != 0
    assert "DEBUG is on" in result.stderr


@pytest.mark.parametrize("secret", ["", "dateline-development-key-not-for-production", "short"])
def test_refuses_default_or_weak_secret(secret):
    result = load_production({"SECRET_KEY": secret})
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_starts_with_a_real_secret_and_debug_off():
    result = load_production({"SECRET_KEY": GOOD_SECRET, "DEBUG": "0"})
    assert result.returncode == 0, result.stderr


def test_bad_boolean_is_a_clear_error():
    result = load_production({"SECRET_KEY": GOOD_SECRET, "DEBUG": "maybe"})
    assert result.returncode != 0
    assert "DEBUG must be a boolean" in result.stderr


def test_refuses_per_process_counters():
    # The per-process memory cache would let each worker allow the whole limit.
    result = load_production({"SECRET_KEY": GOOD_SECRET, "DATELINE_COUNTERS": "cache", "REDIS_URL": ""})
    assert result.returncode != 0
    assert "DATELINE_COUNTERS" in result.stderr
