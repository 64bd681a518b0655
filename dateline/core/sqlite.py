"""SQLite in WAL mode, switched on once and never required for reading.

The journal mode is stored in the database file: once a connection that can
write has set it, every later connection finds it set. Setting it is a write,
so a database on read-only storage (a replica copied for reading, a disk
mounted read-only during an incident) must not need it: readers keep reading
and only writes fail.
"""

import logging
import sqlite3
from typing import Any

from django.db.backends.signals import connection_created
from django.dispatch import receiver

log = logging.getLogger(__name__)


@receiver(connection_created, dispatch_uid="dateline.core.sqlite.wal")
def use_wal(sender: object, connection: Any, **kwargs: object) -> None:
    if connection.vendor != "sqlite" or connection.is_in_memory_db():
        return
    # The raw DB-API cursor: Django's own would re-enter connection setup.
    cursor = connection.connection.cursor()
    try:
        mode = cursor.execute("PRAGMA journal_mode").fetchone()[0]
        if mode != "wal":
            cursor.execute("PRAGMA journal_mode=WAL")
    except sqlite3.Error as exc:
        log.warning("SQLite stays in its journal mode (is the database read-only?): %s", exc)
    finally:
        cursor.close()
