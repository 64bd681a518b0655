from django.db import migrations

# A frozen copy of the roles as they were when this migration was written.
# Migrations must not import live code (dateline/newsroom/roles.py may change
# later); the newsroom's post_migrate sync brings the groups up to date with
# the current roles after every migrate.
GROUPS = {
    "Reporter": ["newsroom.submit_story", "stories.add_story"],
    "Editor": [
        "newsroom.submit_story",
        "stories.add_story",
        "newsroom.edit_any_story",
        "newsroom.publish_story",
        "newsroom.kill_story",
        "stories.change_story",
    ],
    "Chief editor": [
        "newsroom.submit_story",
        "stories.add_story",
        "newsroom.edit_any_story",
        "newsroom.publish_story",
        "newsroom.kill_story",
        "stories.change_story",
        "newsroom.manage_staff",
        "newsroom.view_audit",
        "newsroom.manage_settings",
        "stories.add_section",
        "stories.change_section",
        "stories.view_section",
    ],
}


def create_roles(apps, schema_editor):
    from django.apps import apps as global_apps
    from django.contrib.auth.management import create_permissions

    # Permissions are normally created after all migrations; the roles need them now.
    for label in ("auth", "contenttypes", "stories", "newsroom"):
        config = global_apps.get_app_config(label)
        config.models_module = config.models_module or True
        create_permissions(config, verbosity=0, apps=apps)

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, dotted in GROUPS.items():
        group, _ = Group.objects.get_or_create(name=name)
        wanted = []
        for app_label, codename in (d.split(".") for d in dotted):
            wanted.extend(Permission.objects.filter(content_type__app_label=app_label, codename=codename))
        group.permissions.set(wanted)


class Migration(migrations.Migration):
    dependencies = [
        ("newsroom", "0001_initial"),
        ("stories", "0002_default_sections"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]
    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
