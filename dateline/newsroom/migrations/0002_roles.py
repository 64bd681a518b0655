from django.db import migrations


def create_roles(apps, schema_editor):
    from django.contrib.auth.management import create_permissions
    from django.apps import apps as global_apps

    # Permissions are normally created after all migrations; the roles need them now.
    for label in ("auth", "contenttypes", "stories", "newsroom"):
        config = global_apps.get_app_config(label)
        config.models_module = config.models_module or True
        create_permissions(config, verbosity=0, apps=apps)

    from dateline.newsroom.roles import ensure_roles

    ensure_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("newsroom", "0001_initial"),
        ("stories", "0002_default_sections"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]
    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
