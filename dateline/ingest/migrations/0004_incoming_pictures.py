from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("ingest", "0003_pasted_import"),
    ]

    operations = [
        migrations.AddField(
            model_name="incomingitem",
            name="photos",
            field=models.JSONField(
                blank=True, default=list, help_text="Photo ids of the pictures taken in with it, lead first."
            ),
        ),
        migrations.AddField(
            model_name="incomingitem",
            name="pictures",
            field=models.JSONField(
                blank=True,
                default=list,
                help_text="The pictures the sender attached: id, address, description, and the photo or the problem.",
            ),
        ),
    ]
