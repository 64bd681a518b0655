"""Fixtures for the tests that walk every URL pattern."""

import pytest


@pytest.fixture
def world(make_story, settings):
    """A published story with two versions and revisions, a superuser chief
    editor, an API key: enough for each view to go past its 404 and 403.
    Returns (signed-in client sending the key, known-good path arguments)."""
    from django.test import Client

    from dateline.newsroom.staff import create_staff
    from dateline.stories.actions import Actor, Update
    from dateline.wire.models import ApiClient

    settings.DATELINE_SEARCH_RATE = "1000000/m"  # reach the search itself, not its rate limit
    story = make_story()
    story.headline += " again"
    story.save()
    Update(story, actor=Actor.system("test")).execute()
    chief = create_staff("chloe", "chief", "correct horse battery staple", name="Chloe", validate=False)
    chief.is_superuser = True  # every permission: each staff view goes past its 403
    chief.save()
    _, key = ApiClient.create_with_key("Hostile Herald", rate_limit=1_000_000)
    known = {
        "public_id": story.public_id,
        "number": "1",
        "pk": "1",
        "user_id": str(chief.pk),
        "slug": story.section.slug,
        "list_name": "mine",
        "year": str(story.first_published_at.year),
        "month": f"{story.first_published_at.month:02d}",
        "day": "01",
        "section": story.section.slug,
    }
    client = Client(HTTP_AUTHORIZATION=f"Bearer {key}")
    client.force_login(chief)
    return client, known
