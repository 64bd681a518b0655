from django.db import migrations

# A frozen copy of the sections a new newsroom starts with (as in
# dateline/stories/defaults.py when this migration was written). Migrations
# must not import live code: a later edit there would change what an old
# migration does on a new install.
SECTIONS = [
    ("National", "national", 310),
    ("North Korea", "north-korea", 325),
    ("Politics", "politics", 315),
    ("Economy", "economy", 320),
    ("Business", "business", 330),
    ("Sports", "sports", 340),
    ("Culture", "culture", 350),
    ("World", "world", 360),
]


def add_sections(apps, schema_editor):
    Section = apps.get_model("stories", "Section")
    for position, (name, slug, code) in enumerate(SECTIONS):
        Section.objects.get_or_create(slug=slug, defaults={"name": name, "code": code, "position": position})


class Migration(migrations.Migration):
    dependencies = [("stories", "0001_initial")]
    operations = [migrations.RunPython(add_sections, migrations.RunPython.noop)]
