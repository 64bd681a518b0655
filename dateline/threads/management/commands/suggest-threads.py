"""`dateline suggest-threads`: suggest threads and related stories from text similarity.

Idempotent: a suggestion already made (pending, accepted or dismissed) is
never made again, so it can run every few minutes from cron.
"""

from django.core.management.base import BaseCommand, CommandError

from dateline.threads.suggestions import PAIR_THRESHOLD, THREAD_THRESHOLD, load_corpus, save, suggest


def _fraction(text):
    try:
        value = float(text)
    except ValueError:
        raise CommandError(f"a threshold must be a number from 0 to 1, not {text!r}") from None
    if not 0 < value <= 1:
        raise CommandError(f"a threshold must be a number from 0 to 1, not {text!r}")
    return value


class Command(BaseCommand):
    help = "Suggest story threads and related stories for recent stories, for editors to review."

    def add_arguments(self, parser):
        parser.add_argument("--days", default="14", help="Look at stories from the last N days (default 14).")
        parser.add_argument("--thread-threshold", default=str(THREAD_THRESHOLD))
        parser.add_argument("--pair-threshold", default=str(PAIR_THRESHOLD))
        parser.add_argument("--dry-run", action="store_true", help="Print suggestions; save nothing.")

    def handle(self, *args, **options):
        days = options["days"]
        if not str(days).isdigit() or not 1 <= int(days) <= 365:
            raise CommandError(f"--days must be a whole number from 1 to 365, not {days!r}")
        corpus = load_corpus(days=int(days))
        found = suggest(corpus, _fraction(options["thread_threshold"]), _fraction(options["pair_threshold"]))
        if options["dry_run"]:
            for f in found:
                target = f"thread {f.thread_id}" if f.thread_id else f"story {f.related_id}"
                self.stdout.write(f"story {f.story_id} -> {target} ({f.score:.2f})")
            self.stdout.write(f"Would suggest {len(found)} (from {len(corpus.candidates)} recent stories).")
            return
        created = save(found)
        self.stdout.write(
            f"{created} new suggestions ({len(found) - created} already made) "
            f"from {len(corpus.candidates)} recent stories."
        )
