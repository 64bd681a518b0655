"""Raw SQL per database vendor for the search migrations: each database
gets only its own backend's tables. (The migration loader skips modules whose
names start with an underscore.)"""

from django.db import DatabaseError, transaction


def run(statements_by_vendor, optional=None):
    """A RunPython function that executes the statements for the database's
    vendor, then the `optional` ones, each allowed to fail on its own."""

    def forward(apps, schema_editor):
        vendor = schema_editor.connection.vendor
        for sql in statements_by_vendor.get(vendor, []):
            schema_editor.execute(sql)
        for sql in (optional or {}).get(vendor, []):
            try:
                with transaction.atomic(using=schema_editor.connection.alias):
                    schema_editor.execute(sql)
            except DatabaseError:
                pass  # e.g. a server built without LZ4 keeps its default compression

    return forward
