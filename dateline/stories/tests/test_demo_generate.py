"""`dateline demo-data`: a bulk-written synthetic archive whose stories look
like the real publishing path wrote them, numbered after existing stories."""

import random
import re
from datetime import timedelta
from io import StringIO

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.utils import timezone
from markupsafe import escape

from dateline.core.html import clean_inline, to_plain
from dateline.core.timefmt import to_newsroom
from dateline.stories.actions import SYSTEM, CreateStory
from dateline.stories.demo import wordbank
from dateline.stories.demo.archive import SOURCE, ArchiveGenerator
from dateline.stories.demo.newswire import MAX_PARAGRAPHS, MAX_WORDS, MIN_PARAGRAPHS, MIN_WORDS, CopyWriter
from dateline.stories.models import DailySequence, Revision, Story, StoryVersion

# Real commits: Story.live and StoryVersion.story are checked as deferred
# foreign keys only at COMMIT, which a test wrapped in one transaction never reaches.
pytestmark = pytest.mark.django_db(transaction=True)

PUBLIC_ID = re.compile(rf"^{re.escape(settings.DATELINE_ID_PREFIX)}(\d{{8}})(\d{{6}})(\d{{3}})$")


def generate(*args):
    out = StringIO()
    call_command("demo-data", *args, stdout=out, stderr=StringIO())
    return out.getvalue()


def generated():
    return Story.objects.filter(source=SOURCE).select_related("live", "section")


def test_creates_exactly_n_published_stories_with_live_first_versions(sections):
    output = generate("--stories", "120", "--seed", "4")
    stories = list(generated())
    assert len(stories) == 120
    assert "Created 120 stories" in output and "stories/s" in output
    for story in stories:
        assert story.status == Story.Status.PUBLISHED
        assert story.live.story_id == story.pk
        assert story.live.number == 1 and story.live.kind == StoryVersion.Kind.FIRST
        assert story.first_published_at == story.live.published_at
    assert StoryVersion.objects.count() == 120
    assert Revision.objects.filter(number=1).count() == 120
    assert Story.objects.listed().count() == 120


def test_every_story_has_4_to_15_paragraphs_of_300_to_900_words_of_clean_html(sections):
    generate("--stories", "150", "--seed", "9")
    for story in generated():
        body = story.live.body
        assert 4 <= len(body) <= 15, story.public_id
        words = sum(len(to_plain(p).split()) for p in body)
        assert 300 <= words <= 900, (story.public_id, words)
        assert all(clean_inline(p) == p for p in body)
        assert story.live.body_html.count("<p id=") == len(body)
        assert story.live.body_html.startswith(f'<p id="p1"><span class="dateline">{story.dateline_city.upper()}, ')
        assert story.live.summary and story.live.keywords and story.headline


def test_copy_stays_within_the_bounds_over_thousands_of_stories():
    writer = CopyWriter(random.Random(3))
    slugs = [*wordbank.SECTIONS, "a-section-added-later"]
    for number in range(4000):
        copy = writer.story(slugs[number % len(slugs)])
        assert MIN_PARAGRAPHS <= len(copy.paragraphs) <= MAX_PARAGRAPHS
        assert MIN_WORDS <= sum(len(to_plain(p).split()) for p in copy.paragraphs) <= MAX_WORDS
        assert "{" not in copy.headline and not any("{" in p for p in copy.paragraphs)


def test_stories_spread_over_all_sections_years_bylines_and_places(sections):
    before = timezone.now()
    generate("--stories", "400", "--years", "3", "--seed", "2")
    stories = list(generated())
    assert {s.section.slug for s in stories} == set(sections)
    times = [s.first_published_at for s in stories]
    assert max(times) <= before and min(times) >= before - timedelta(days=3 * 366)
    assert max(times) - min(times) > timedelta(days=2 * 365)
    assert {len(s.bylines) for s in stories} == {0, 1, 2}
    assert len({s.dateline_city for s in stories}) >= 15
    assert {s.urgency for s in stories} >= {3, 4}


def test_public_ids_are_unique_and_match_the_publication_day(sections):
    generate("--stories", "300", "--years", "1", "--batch", "70")
    stories = list(generated())
    assert len({s.public_id for s in stories}) == 300
    for story in stories:
        day, _, code = PUBLIC_ID.match(story.public_id).groups()
        assert day == f"{to_newsroom(story.first_published_at).date():%Y%m%d}"
        assert int(code) == story.section.code


def test_public_ids_continue_after_existing_stories_and_later_ones_follow(sections, make_story):
    today = to_newsroom(timezone.now()).date()
    # Earlier stories on every day of the span, as in a live archive.
    DailySequence.objects.bulk_create([DailySequence(day=today - timedelta(days=n), last=5) for n in range(368)])
    existing = make_story(at=timezone.now() - timedelta(days=3))
    assert PUBLIC_ID.match(existing.public_id).group(2) == "000006"

    generate("--stories", "400", "--years", "1", "--batch", "90")

    per_day = {}
    for story in generated():
        day, sequence, _ = PUBLIC_ID.match(story.public_id).groups()
        per_day.setdefault(day, []).append(int(sequence))
    existing_day = f"{to_newsroom(existing.first_published_at).date():%Y%m%d}"
    for day, numbers in per_day.items():
        first = 7 if day == existing_day else 6
        assert sorted(numbers) == list(range(first, first + len(numbers))), day
    busiest = max(per_day, key=lambda d: len(per_day[d]))
    last = DailySequence.objects.get(day=f"{busiest[:4]}-{busiest[4:6]}-{busiest[6:]}").last
    assert last == max(per_day[busiest])

    # A story written afterwards on that day takes the next number instead of colliding.
    story = next(s for s in generated() if PUBLIC_ID.match(s.public_id).group(1) == busiest)
    later = CreateStory(
        actor=SYSTEM, section=story.section, headline="Later story", body=["Text."], created_at=story.first_published_at
    ).execute()
    assert int(PUBLIC_ID.match(later.public_id).group(2)) == last + 1


def test_the_same_seed_writes_the_same_copy(sections):
    generate("--stories", "30", "--seed", "11")
    first = list(generated().order_by("pk").values_list("headline", "body", "bylines", "section_id"))
    generate("--stories", "30", "--seed", "11")
    second = list(generated().order_by("pk").values_list("headline", "body", "bylines", "section_id"))[30:]
    assert first == second
    generate("--stories", "30", "--seed", "12")
    third = list(generated().order_by("pk").values_list("headline", flat=True))[60:]
    assert third != [row[0] for row in first]


def test_the_copy_is_the_same_whether_built_in_a_worker_or_in_process(sections):
    now = timezone.now()
    ArchiveGenerator(25, seed=8, batch=10, workers=1, now=now).run()
    ArchiveGenerator(25, seed=8, batch=10, workers=0, now=now).run()
    rows = list(generated().order_by("pk").values_list("headline", "body", "section_id", "keywords"))
    assert rows[:25] == rows[25:]
    versions = list(StoryVersion.objects.order_by("pk").values_list("body_html", flat=True))
    assert versions[:25] == versions[25:]


def test_progress_advances_with_every_batch_committed(sections):
    class Progress:
        steps = []

        def update(self, count):
            self.steps.append((count, generated().count()))

    ArchiveGenerator(25, batch=10, progress=Progress(), workers=0).run()
    assert Progress.steps == [(10, 10), (10, 20), (5, 25)]


def test_home_section_and_article_pages_render_after_generating(client, sections):
    generate("--stories", "80", "--seed", "5")
    newest = generated().order_by("-first_published_at").first()
    home = client.get("/")
    assert home.status_code == 200
    assert str(escape(newest.headline)) in home.content.decode()
    section = client.get(newest.section.get_absolute_url())
    assert section.status_code == 200
    assert str(escape(newest.headline)) in section.content.decode()
    article = client.get(newest.get_absolute_url())
    assert article.status_code == 200
    assert str(escape(newest.headline)) in article.content.decode()


@pytest.mark.parametrize(
    "args, message",
    [
        (["--stories", "0"], "--stories must be a whole number from 1"),
        (["--stories", "-5"], "--stories must be a whole number from 1"),
        (["--stories", "abc"], "--stories must be a whole number, not 'abc'"),
        (["--stories", "2.5"], "--stories must be a whole number"),
        (["--stories", "10", "--years", "0"], "--years must be a whole number from 1"),
        (["--stories", "10", "--batch", "many"], "--batch must be a whole number"),
        (["--stories", "10", "--seed", "x"], "--seed must be a whole number"),
    ],
)
def test_bad_arguments_fail_with_a_one_line_command_error(sections, args, message):
    with pytest.raises(CommandError) as error:
        generate(*args)
    assert message in str(error.value)
    assert "\n" not in str(error.value)
    assert not Story.objects.exists()
