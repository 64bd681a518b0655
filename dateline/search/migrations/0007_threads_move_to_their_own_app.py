"""Story threads moved to their own app (dateline.threads). Only Django's
state changes here: the tables keep their names (the threads models set
db_table), so no row moves. threads 0001 takes the models over first."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0006_pg_pairs_keep_gaps"),
        ("threads", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name="ThreadSuggestion"),
                migrations.DeleteModel(name="ThreadMembership"),
                migrations.DeleteModel(name="Thread"),
            ],
            database_operations=[],
        ),
    ]
