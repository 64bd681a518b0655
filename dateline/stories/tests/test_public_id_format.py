import re
from datetime import UTC, datetime

import pytest

from dateline.stories.models import DailySequence

pytestmark = pytest.mark.django_db


def test_public_id_reads_like_an_agency_id(make_story):
    story = make_story(at=datetime(2021, 10, 28, 8, 40, tzinfo=UTC))
    # prefix, newsroom date, six-digit daily sequence, three-digit desk code
    assert re.fullmatch(r"DLN20211028\d{6}325", story.public_id)
    assert story.get_absolute_url() == f"/view/{story.public_id}"


def test_sequence_counts_per_newsroom_day(make_story):
    # 23:30 UTC on Oct 27 is already Oct 28 in Seoul.
    a = make_story(at=datetime(2021, 10, 27, 23, 30, tzinfo=UTC))
    b = make_story(at=datetime(2021, 10, 28, 1, 0, tzinfo=UTC))
    assert a.public_id[3:11] == b.public_id[3:11] == "20211028"
    assert int(b.public_id[11:17]) == int(a.public_id[11:17]) + 1
    assert DailySequence.objects.get(day="2021-10-28").last == 2


def test_prefix_comes_from_settings(settings, make_story):
    settings.DATELINE_ID_PREFIX = "AEN"
    assert make_story().public_id.startswith("AEN")
