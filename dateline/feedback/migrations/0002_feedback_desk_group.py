"""The "Feedback desk" group: triage, see readers' emails, export. The
newsroom's own roles (Reporter, Editor, Chief editor) are created by the
newsroom app; this group is added to people alongside them."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

# A frozen copy of feedback/roles.py as it stood: a migration must do the same
# thing forever, so it never imports live code that may change later.
GROUP = "Feedback desk"
CODENAMES = ("triage_feedback", "view_feedback_email", "export_feedback", "view_feedback")


def create_group(apps, schema_editor):
    # Permissions are normally created after all migrations; create them now
    # so the group can hold them.
    config = apps.get_app_config("feedback")
    config.models_module = True
    create_permissions(config, apps=apps, verbosity=0)
    config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=GROUP)
    group.permissions.add(*Permission.objects.filter(content_type__app_label="feedback", codename__in=CODENAMES))


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("feedback", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
