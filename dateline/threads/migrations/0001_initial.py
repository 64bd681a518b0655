"""Story threads, taken over from the search app (search 0002 made the
tables). Only Django's state is created here: the tables keep their names
(db_table), so an existing database keeps its threads and a fresh one gets
the tables from search 0002, which runs first."""

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("search", "0006_pg_pairs_keep_gaps"),
        ("stories", "0002_default_sections"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="Thread",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        ("title", models.CharField(max_length=200)),
                        ("slug", models.SlugField(max_length=120, unique=True)),
                        ("description", models.TextField(blank=True)),
                        ("created_at", models.DateTimeField(default=django.utils.timezone.now)),
                        ("updated_at", models.DateTimeField(default=django.utils.timezone.now)),
                        ("recent", models.JSONField(blank=True, default=list, editable=False)),
                        ("story_count", models.PositiveIntegerField(default=0, editable=False)),
                        (
                            "created_by",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                    ],
                    options={
                        "db_table": "search_thread",
                        "ordering": ["-updated_at"],
                    },
                ),
                migrations.CreateModel(
                    name="ThreadMembership",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        ("added_at", models.DateTimeField(default=django.utils.timezone.now)),
                        (
                            "added_by",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                        (
                            "story",
                            models.OneToOneField(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="thread_membership",
                                to="stories.story",
                            ),
                        ),
                        (
                            "thread",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="memberships",
                                to="threads.thread",
                            ),
                        ),
                    ],
                    options={
                        "db_table": "search_threadmembership",
                    },
                ),
                migrations.CreateModel(
                    name="ThreadSuggestion",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        ("score", models.FloatField()),
                        (
                            "status",
                            models.CharField(
                                choices=[("pending", "Pending"), ("accepted", "Accepted"), ("dismissed", "Dismissed")],
                                db_index=True,
                                default="pending",
                                max_length=16,
                            ),
                        ),
                        ("key", models.CharField(max_length=64, unique=True)),
                        ("created_at", models.DateTimeField(default=django.utils.timezone.now)),
                        ("decided_at", models.DateTimeField(blank=True, null=True)),
                        (
                            "decided_by",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                        (
                            "related",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="+",
                                to="stories.story",
                            ),
                        ),
                        (
                            "story",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE, related_name="+", to="stories.story"
                            ),
                        ),
                        (
                            "thread",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="suggestions",
                                to="threads.thread",
                            ),
                        ),
                    ],
                    options={
                        "db_table": "search_threadsuggestion",
                        "ordering": ["-score"],
                        "permissions": [("review_threadsuggestion", "Can accept or dismiss thread suggestions")],
                    },
                ),
            ],
            database_operations=[],
        ),
    ]
