"""The threads models' content types move from the search app to this one, so
their permissions (add_thread, review_threadsuggestion ...) keep their rows
and every group or user that held them still does. On a fresh database there
are no rows yet: post_migrate creates them under "threads" afterwards.

Frozen: uses only the historical ContentType model, never live code."""

from django.db import migrations

MODELS = ("thread", "threadmembership", "threadsuggestion")


def move(apps, schema_editor, old, new):
    ContentType = apps.get_model("contenttypes", "ContentType")
    db = schema_editor.connection.alias
    for model in MODELS:
        row = ContentType.objects.using(db).filter(app_label=old, model=model).first()
        if row is None:
            continue
        if ContentType.objects.using(db).filter(app_label=new, model=model).exists():
            # Both exist only if post_migrate ran in between (migrating one app
            # at a time): keep the old row, which holds the granted permissions,
            # and drop the empty new one with its unused permissions.
            ContentType.objects.using(db).filter(app_label=new, model=model).delete()
        row.app_label = new
        row.save(update_fields=["app_label"])


def forwards(apps, schema_editor):
    move(apps, schema_editor, "search", "threads")


def backwards(apps, schema_editor):
    move(apps, schema_editor, "threads", "search")


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("threads", "0001_initial"),
        ("search", "0007_threads_move_to_their_own_app"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
