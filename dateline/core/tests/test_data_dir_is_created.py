"""A new DATELINE_DATA_DIR is made on first use, not refused with SQLite's
"unable to open database file"."""

import os
import subprocess
import sys


def test_missing_data_directory_is_created_for_the_embedded_database(tmp_path):
    data_dir = tmp_path / "not" / "yet" / "here"
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "DJANGO_SETTINGS_MODULE"}}
    env.update(DATELINE_DATA_DIR=str(data_dir), DJANGO_SETTINGS_MODULE="dateline.settings")
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from django.db import connection; connection.ensure_connection()",
        ],
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert (data_dir / "dateline.sqlite3").exists()


def test_a_server_database_makes_no_data_directory(tmp_path):
    data_dir = tmp_path / "unused"
    env = dict(
        os.environ,
        DATELINE_DATA_DIR=str(data_dir),
        DJANGO_SETTINGS_MODULE="dateline.settings",
        DATABASE_URL="postgres://nobody@127.0.0.1:1/none",
    )
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"], env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert not data_dir.exists()
