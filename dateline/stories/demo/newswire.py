"""Plausible synthetic newswire copy from the word banks, for archive benchmarks.

`CopyWriter(rng).story(section_slug)` returns a headline, bylines, a dateline
place, keywords, urgency and 4-15 paragraphs of 300-900 words. Everything is
drawn from the seeded `random.Random` it is given, so a seed reproduces the
same archive.

The generator writes thousands of stories a second, so the hot path avoids
`random.choice`/`randint` (pure-Python and slow) in favour of indexing with
`random()`, and draws paragraph figures from pools prepared once.
"""

import html
from dataclasses import dataclass

from . import wordbank as wb

MIN_WORDS, MAX_WORDS = 300, 900
MIN_PARAGRAPHS, MAX_PARAGRAPHS = 4, 15
# Aim below the ceiling: the last sentence may overshoot the target by its length.
_TARGET_CEILING = MAX_WORDS - 60
_URGENCY = (4,) * 14 + (3,) * 4 + (2,) * 1 + (1,) * 1
_FIGURE_POOL = 512
_DECKS_PER_SECTION = 64


@dataclass(slots=True)
class StoryCopy:
    headline: str
    bylines: list
    city: str
    country: str
    keywords: list
    urgency: int
    paragraphs: list


def _cap(text):
    return text[:1].upper() + text[1:]


class CopyWriter:
    def __init__(self, rng):
        self.rng = rng
        r = rng.random
        # A standing staff of reporters, so bylines recur as in a real archive.
        self.reporters = [f"{rng.choice(wb.SURNAMES)} {rng.choice(wb.GIVEN_NAMES)}" for _ in range(120)]
        self.reporters += list(wb.FOREIGN_NAMES)
        self.figures = [self._figures(rng) for _ in range(_FIGURE_POOL)]
        # Shuffled orders of each section's sentences: a story deals from one
        # so no sentence repeats until the whole deck is used.
        self.decks = {}
        for slug, bank in wb.SECTIONS.items():
            templates = wb.GENERIC_SENTENCES + bank["sentences"]
            decks = []
            for _ in range(_DECKS_PER_SECTION):
                deck = list(templates)
                rng.shuffle(deck)
                decks.append(deck)
            self.decks[slug] = decks
        self._pick = lambda seq: seq[int(r() * len(seq))]

    @staticmethod
    def _figures(rng):
        unit = rng.choice(("billion", "billion", "trillion"))
        amount = rng.randint(12, 950) if unit == "billion" else rng.randint(11, 99) / 10
        big = f"{rng.randint(120, 9800):,}"
        winner = rng.randint(1, 5)
        return {
            "small": rng.randint(2, 9),
            "small2": rng.randint(2, 9),
            "big": big,
            "Big": big,
            "pct": f"{rng.randint(1, 189) / 10:.1f}",
            "day": rng.choice(wb.WEEKDAYS),
            "month": rng.choice(wb.MONTHS),
            "timeframe": rng.choice(wb.TIMEFRAMES),
            "attrib": rng.choice(wb.ATTRIBUTIONS),
            "amount": f"{amount} {unit} won",
            "score": f"{winner}-{rng.randint(0, winner - 1)}",
        }

    def _person(self, foreign):
        pick = self._pick
        if foreign:
            name = pick(wb.FOREIGN_NAMES)
            return name, name.rsplit(" ", 1)[-1]
        surname = pick(wb.SURNAMES)
        return f"{surname} {pick(wb.GIVEN_NAMES)}", surname

    def story(self, slug: str) -> StoryCopy:
        rng, pick, r = self.rng, self._pick, self.rng.random
        if slug not in wb.SECTIONS:  # a section added after the word banks were written
            slug = pick(tuple(wb.SECTIONS))
        bank = wb.SECTIONS[slug]
        world = slug == "world"
        city, country = pick(wb.WORLD_CITIES if world and r() < 0.7 else wb.HOME_CITIES)
        name, short = self._person(world and r() < 0.5)
        title = pick(bank["titles"])
        speaker = f"{title} {name}," if title.endswith(",") else f"{title} {name}"
        org, org2 = rng.sample(bank["orgs"], 2)
        groups = bank["groups"]
        ctx = {
            "org": org,
            "Org": _cap(org),
            "org2": org2,
            "Org2": _cap(org2),
            "speaker": speaker,
            "Speaker": _cap(speaker),
            "speaker_short": short,
            "Speaker_short": short,
            "topic": pick(bank["topics"]),
            "action": pick(bank["actions"]),
            "concern": pick(bank["concerns"]),
            "city": city,
            "City": city,
        }
        figures = self.figures
        ctx.update(pick(figures))
        group = pick(groups)
        ctx["group"], ctx["Group"] = group, _cap(group)
        headline = _cap(pick(bank["headlines"]).format_map(ctx))

        paragraphs_wanted = MIN_PARAGRAPHS + int(r() * (MAX_PARAGRAPHS - MIN_PARAGRAPHS + 1))
        # Keep paragraphs between about 25 and 85 words, as wire copy runs.
        low = max(MIN_WORDS, paragraphs_wanted * 25)
        high = max(low, min(_TARGET_CEILING, paragraphs_wanted * 85))
        target = low + int(r() * (high - low + 1))
        lead = pick(wb.LEAD_SENTENCES)
        if "{speaker}" not in lead and "{Speaker}" not in lead:
            lead += " " + pick(wb.SPEAKER_INTRODUCTIONS)
        lead = lead.format_map(ctx)
        # Templates and bank entries use single spaces, so spaces + 1 = words.
        total = lead.count(" ") + 1
        deck = pick(self.decks[slug])
        size = len(deck)
        position = int(r() * size)
        paragraphs = []
        for number in range(1, paragraphs_wanted + 1):
            goal = target * number // paragraphs_wanted
            if number > 1:
                ctx.update(pick(figures))
                group = pick(groups)
                ctx["group"], ctx["Group"] = group, _cap(group)
            parts = [lead] if number == 1 else []
            while not parts or total < goal:
                sentence = deck[position % size].format_map(ctx)
                position += 1
                parts.append(sentence)
                total += sentence.count(" ") + 1
            # The banks hold plain text; escaping keeps "&" and the like valid HTML.
            paragraphs.append(html.escape(" ".join(parts), quote=False))
        if total > MAX_WORDS:  # the targets above make this rare; redraw rather than truncate
            return self.story(slug)

        roll = r()
        if roll < 0.08:
            bylines = []
        elif roll < 0.22:
            bylines = rng.sample(self.reporters, 2)
        else:
            bylines = [pick(self.reporters)]
        keywords = rng.sample(bank["keywords"], min(len(bank["keywords"]), 2 + int(r() * 3)))
        return StoryCopy(headline, bylines, city, country, keywords, pick(_URGENCY), paragraphs)
