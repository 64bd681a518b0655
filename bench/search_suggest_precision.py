"""Precision of Dateline's thread suggestions on a labelled sample.

The sample is built from the demo generator, no database needed:
- background: stories from the demo generator's CopyWriter (each its own
  subject, drawn from the same small word banks, so they share much
  vocabulary: a hard background);
- storylines: groups of 3-6 follow-up stories about one invented event.
  Each shares a cast (an invented organisation and place, a person, a topic
  from the section's bank) across headline and copy, the rest of each story
  is the generator's template copy with fresh figures, as follow-ups are.

Labels: two stories are related iff they belong to the same storyline. A
suggestion is correct iff it pairs two related stories (pair mode), or
puts a story in its own storyline's thread (thread mode, where each
storyline's first two stories already form a thread).

    .venv/bin/python bench/search_suggest_precision.py [--storylines 60 --background 1500]
"""

import argparse
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dateline.settings")

import django  # noqa: E402

django.setup()

from dateline.stories.demo import wordbank as wb  # noqa: E402
from dateline.stories.demo.newswire import CopyWriter  # noqa: E402
from dateline.threads.similarity import terms  # noqa: E402
from dateline.threads.suggestions import Corpus, suggest  # noqa: E402

SYLLABLES = [
    "han",
    "bit",
    "sol",
    "mir",
    "dae",
    "gyeong",
    "ju",
    "na",
    "ra",
    "seo",
    "won",
    "bo",
    "chan",
    "ri",
    "sang",
    "do",
    "yeon",
    "ga",
    "hwa",
    "jin",
    "mok",
    "pyeong",
    "tae",
    "ul",
]
KINDS = [
    "{E} Holdings",
    "{E} Bridge",
    "the {E} dam project",
    "{E} Shipbuilding",
    "the {E} tunnel",
    "{E} Biologics",
    "the {E} port expansion",
    "{E} Airlines",
    "the {E} housing complex",
]
EVENT_SENTENCES = [
    "{Ent} was at the centre of the case, {attrib}.",
    "{Person} of {ent} declined to comment on {topic}.",
    "Investigators visited the offices of {ent} in {place} on {day}.",
    "The dispute over {ent} has dragged on since {month}.",
    "Residents of {place} said {ent} had yet to explain what happened.",
    "{Person} said {ent} would cooperate fully with the inquiry into {topic}.",
]
EVENT_HEADLINES = [
    "{Ent} faces inquiry over {topic}",
    "{Place} residents demand answers from {ent}",
    "{Person} defends {ent} as probe widens",
    "{Ent}: {topic} under review in {place}",
]


def cap(text):
    return text[:1].upper() + text[1:]


def name(rng):
    return cap("".join(rng.choice(SYLLABLES) for _ in range(2)))


def storyline(rng, writer, slug, n):
    bank = wb.SECTIONS[slug]
    ent = rng.choice(KINDS).format(E=name(rng))
    ctx = {
        "ent": ent,
        "Ent": cap(ent),
        "place": name(rng) + "-gun",
        "Place": None,
        "Person": f"{rng.choice(wb.SURNAMES)} {rng.choice(wb.GIVEN_NAMES)}",
        "topic": rng.choice(bank["topics"]),
    }
    ctx["Place"] = ctx["place"]
    stories = []
    for _ in range(n):
        base = writer.story(slug)  # the generator's copy: fresh template text and figures
        ctx.update(day=rng.choice(wb.WEEKDAYS), month=rng.choice(wb.MONTHS), attrib=rng.choice(wb.ATTRIBUTIONS))
        event = [s.format(**ctx) for s in rng.sample(EVENT_SENTENCES, 3)]
        paragraphs = list(base.paragraphs)
        for sentence in event:
            i = rng.randrange(len(paragraphs))
            paragraphs[i] = paragraphs[i] + " " + sentence
        stories.append((rng.choice(EVENT_HEADLINES).format(**ctx), paragraphs))
    return stories


def build(seed, storylines, background):
    rng = random.Random(seed)
    writer = CopyWriter(random.Random(seed + 1))
    docs, label = {}, {}
    next_id = 1
    groups = []
    for k in range(storylines):
        slug = rng.choice(list(wb.SECTIONS))
        ids = []
        for headline, paragraphs in storyline(rng, writer, slug, rng.randint(3, 6)):
            docs[next_id] = terms(headline, paragraphs)
            label[next_id] = k
            ids.append(next_id)
            next_id += 1
        groups.append(ids)
    for _ in range(background):
        copy = writer.story(rng.choice(list(wb.SECTIONS)))
        docs[next_id] = terms(copy.headline, copy.paragraphs)
        label[next_id] = None
        next_id += 1
    return docs, label, groups


def score_pairs(found, label, groups):
    pairs = [f for f in found if f.related_id]
    correct = sum(1 for f in pairs if label[f.story_id] is not None and label[f.story_id] == label[f.related_id])
    covered = {
        s
        for f in pairs
        if label[f.story_id] is not None and label[f.story_id] == label[f.related_id]
        for s in (f.story_id, f.related_id)
    }
    in_lines = sum(len(g) for g in groups)
    return len(pairs), correct, len(covered) / in_lines


def score_threads(found, label, thread_label, candidates_in_lines):
    joins = [f for f in found if f.thread_id]
    correct = sum(1 for f in joins if label[f.story_id] == thread_label[f.thread_id])
    return len(joins), correct, correct / candidates_in_lines


def main():
    parser = argparse.ArgumentParser(description="Precision of thread suggestions on a labelled sample")
    parser.add_argument("--storylines", type=int, default=60)
    parser.add_argument("--background", type=int, default=1500)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    docs, label, groups = build(args.seed, args.storylines, args.background)
    print(
        f"sample: {len(docs)} stories, {args.storylines} storylines "
        f"({sum(len(g) for g in groups)} stories), {args.background} background stories"
    )

    print("\npair mode (no threads yet): suggestions of two stories that go together")
    print(f"{'threshold':>9} {'suggested':>9} {'correct':>7} {'precision':>9} {'recall':>7}")
    for threshold in (0.30, 0.35, 0.40, 0.45, 0.50, 0.60):
        found = suggest(Corpus(candidates=dict(docs)), thread_threshold=1.1, pair_threshold=threshold)
        n, correct, recall = score_pairs(found, label, groups)
        print(f"{threshold:>9.2f} {n:>9} {correct:>7} {correct / n if n else 0:>9.1%} {recall:>7.1%}")

    print("\nthread mode: each storyline's first two stories form a thread; the rest are candidates")
    members, threads, thread_label = {}, {}, {}
    candidates = {k: v for k, v in docs.items()}
    for k, ids in enumerate(groups):
        tid = 10_000_000 + k
        threads[tid] = ids[:2]
        thread_label[tid] = k
        for s in ids[:2]:
            members[s] = candidates.pop(s)
    in_lines = sum(len(g) - 2 for g in groups)
    print(f"{'threshold':>9} {'suggested':>9} {'correct':>7} {'precision':>9} {'recall':>7}")
    for threshold in (0.30, 0.35, 0.40, 0.45, 0.50, 0.60):
        found = suggest(
            Corpus(candidates=candidates, members=members, threads=threads),
            thread_threshold=threshold,
            pair_threshold=1.1,
        )
        n, correct, recall = score_threads(found, label, thread_label, in_lines)
        print(f"{threshold:>9.2f} {n:>9} {correct:>7} {correct / n if n else 0:>9.1%} {recall:>7.1%}")


if __name__ == "__main__":
    main()
