"""The database refuses a public story without a live version: public() and
listed() rely on it to filter on status alone."""

import pytest
from django.db import IntegrityError, transaction

from dateline.stories.models import Story


@pytest.mark.parametrize("status", [Story.Status.PUBLISHED, Story.Status.KILLED])
def test_a_public_status_without_a_live_version_is_refused(make_story, status):
    draft = make_story(publish_it=False)
    with pytest.raises(IntegrityError), transaction.atomic():
        Story.objects.filter(pk=draft.pk).update(status=status)


def test_a_draft_needs_no_live_version(make_story):
    draft = make_story(publish_it=False)
    assert draft.live_id is None and draft.status != Story.Status.PUBLISHED


def test_the_constraint_covers_every_public_status():
    constraint = next(c for c in Story._meta.constraints if c.name == "story_public_has_live_version")
    assert set(constraint.condition.children[0].children[0][1]) == set(Story.PUBLIC_STATUSES)
