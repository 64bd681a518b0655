"""The default sections are created once, by a data migration. Later
migrates (every deploy) and their post_migrate signal leave the sections
alone, so a section the editors deleted does not come back."""

import importlib

import pytest
from django.apps import apps
from django.core.management import call_command

from dateline.stories.defaults import DEFAULT_SECTIONS
from dateline.stories.models import Section

pytestmark = pytest.mark.django_db


def test_a_deleted_section_stays_deleted_after_migrate(sections):
    Section.objects.filter(slug="culture").delete()

    call_command("migrate", verbosity=0, interactive=False)

    assert not Section.objects.filter(slug="culture").exists()
    assert len(sections) - 1 == Section.objects.count()


def test_the_post_migrate_signal_leaves_sections_alone(sections, send_post_migrate):
    Section.objects.filter(slug="world").delete()

    send_post_migrate("stories")

    assert not Section.objects.filter(slug="world").exists()


def test_the_data_migration_creates_every_default_section(db):
    Section.objects.all().delete()
    migration = importlib.import_module("dateline.stories.migrations.0002_default_sections")

    migration.add_sections(apps, None)

    assert sorted(Section.objects.values_list("slug", flat=True)) == sorted(slug for _, slug, _ in DEFAULT_SECTIONS)
