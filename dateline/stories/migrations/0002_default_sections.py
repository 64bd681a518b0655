from django.db import migrations

from dateline.stories.defaults import ensure_default_sections


def add_sections(apps, schema_editor):
    ensure_default_sections(apps.get_model("stories", "Section"))


class Migration(migrations.Migration):
    dependencies = [("stories", "0001_initial")]
    operations = [migrations.RunPython(add_sections, migrations.RunPython.noop)]
