"""The embedded database runs in WAL mode with a busy timeout."""

import os
import subprocess
import sys


def test_file_database_uses_wal_and_busy_timeout(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "DJANGO_SETTINGS_MODULE"}}
    env["DATELINE_DATA_DIR"] = str(tmp_path)
    code = (
        "import django; django.setup();"
        "from django.db import connection;"
        "c = connection.cursor();"
        "print(c.execute('PRAGMA journal_mode').fetchone()[0], c.execute('PRAGMA busy_timeout').fetchone()[0])"
    )
    env["DJANGO_SETTINGS_MODULE"] = "dateline.settings"
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    mode, timeout = result.stdout.split()
    assert mode == "wal"
    assert int(timeout) >= 5000
    assert (tmp_path / "dateline.sqlite3").exists()
