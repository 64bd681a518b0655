"""Each public version carries its own label and editor's note, wherever it
is read: the article page, the public history, RSS/Atom, ninjs 2.1 and 3.0
(items, versions, feed) and NewsML-G2. Walked over every sequence of up to
three updates, corrections and kills after a first publication: a correction
keeps the label of the version it replaces and carries its correction note,
never the update's stale "ATTN: UPDATES" note; a kill withdraws every version."""

from itertools import product

import feedparser
import pytest
from lxml import etree

from dateline.stories.actions import SYSTEM, Correct, Kill, Update

STEPS = ("update", "correct", "kill")
# Nothing follows a kill: a killed story cannot be published again.
SEQUENCES = [seq for n in (1, 2, 3) for seq in product(STEPS, repeat=n) if "kill" not in seq[:-1]]
LABELS = ("(LEAD)", "(2nd LD)", "(3rd LD)")
NAR = "{http://iptc.org/std/nar/2006-10-01/}"


def play(story, sequence):
    """Run the sequence; returns what each version should carry: (label, ednote)."""
    expected = [("", "")]
    updates = 0
    for step in sequence:
        if step == "update":
            label, note = LABELS[updates], f"ATTN: UPDATES with reaction in para {updates + 3}"
            updates += 1
            Update(
                story,
                actor=SYSTEM,
                label=label,
                changes={"ednote": note, "body": story.body + [f"Reaction {updates}."]},
            ).execute()
            expected.append((label, note))
        elif step == "correct":
            correction = f"Fixes a name in version {len(expected)}."
            Correct(story, actor=SYSTEM, correction=correction).execute()
            expected.append((expected[-1][0], f"Correction: {correction}"))
        else:
            Kill(story, "The source withdrew the report.", actor=SYSTEM).execute()
            expected.append(
                ("", "Kill: this story has been withdrawn. Do not use. Reason: The source withdrew the report.")
            )
        story.refresh_from_db()
    return expected


def label_of(doc):
    return next((h["value"] for h in doc["headlines"] if h.get("role") == "label"), "")


@pytest.mark.parametrize("sequence", SEQUENCES, ids="-".join)
def test_every_surface_shows_each_versions_own_label_and_note(sequence, make_story, client, api):
    story = make_story("Talks begin in Panmunjom")
    expected = play(story, sequence)
    killed = sequence[-1] == "kill"
    live_label, live_note = expected[-1]

    # The database: one version per step, each with its own label and note.
    versions = list(story.versions.order_by("number"))
    assert [v.label for v in versions] == [label for label, _ in expected]
    for version, (_, note) in zip(versions, expected, strict=True):
        if version.kind == "update":
            assert version.ednote == note
        elif version.kind in ("first", "correction"):
            assert version.ednote == ""

    # ninjs 2.1 and 3.0: every version, from /versions and from the feed.
    for ver, note_key, status_key in (("2.1", "ednote", "pubstatus"), ("3.0", "edNote", "pubStatus")):
        docs = api(f"/api/v1/items/{story.public_id}/versions", ninjs=ver).json()["items"]
        fed = [d for d in api("/api/v1/feed", ninjs=ver, limit=100).json()["items"] if d["uri"] == docs[0]["uri"]]
        assert fed == docs
        assert len(docs) == len(expected)
        for doc, (label, note) in zip(docs, expected, strict=True):
            if killed:
                # Withdrawn everywhere: every version is the kill notice.
                assert doc[status_key] == "canceled" and doc[note_key] == expected[-1][1]
                assert all(body["value"] == "" for body in doc["bodies"]) and label_of(doc) == ""
                continue
            assert doc[status_key] == "usable"
            assert label_of(doc) == label
            assert doc.get(note_key, "") == note
        if not killed:
            assert api(f"/api/v1/items/{story.public_id}", ninjs=ver).json().get(note_key, "") == live_note

    # NewsML-G2: the live version's title (label and headline) and note.
    item = etree.fromstring(api(f"/api/v1/items/{story.public_id}/newsml").content)
    meta = item.find(f"{NAR}itemMeta")
    assert meta.findtext(f"{NAR}edNote", "") == live_note
    title = meta.findtext(f"{NAR}title", "")
    assert title == (f"{live_label} {story.live.headline}" if live_label else "")

    # The article page and the public history.
    page = client.get(story.get_absolute_url()).content.decode()
    assert "ATTN: UPDATES" not in page
    if live_label:
        assert f'<span class="label">{live_label}</span>' in page
    else:
        assert '<span class="label">' not in page
    history = client.get(f"/view/{story.public_id}/history/").content.decode()
    for version, (label, _) in zip(versions, expected, strict=True):
        shown = f"<strong>Version {version.number}</strong>: {version.get_kind_display()}"
        assert shown + (f" {label}," if label else ",") in history

    # RSS and Atom: the live label in the title; a killed story is gone.
    for path in ("/rss.xml", "/atom.xml"):
        entries = [e for e in feedparser.parse(client.get(path).content).entries if story.public_id in e.link]
        if killed:
            assert entries == []
        else:
            assert [e.title for e in entries] == [f"{live_label} {story.live.headline}".strip()]


def test_a_correction_may_take_the_label_the_editor_chose(make_story, api):
    story = make_story()
    Update(story, actor=SYSTEM, label="(LEAD)", changes={"ednote": "ATTN: UPDATES with reaction"}).execute()
    version = Correct(story, actor=SYSTEM, correction="Fixes a name.", label="(2nd LD)").execute()
    assert (version.label, version.ednote) == ("(2nd LD)", "")
    doc = api(f"/api/v1/items/{story.public_id}").json()
    assert label_of(doc) == "(2nd LD)" and doc["ednote"] == "Correction: Fixes a name."


def test_the_editors_note_leaves_the_working_copy_with_its_version(make_story):
    story = make_story()
    Update(story, actor=SYSTEM, changes={"ednote": "ATTN: UPDATES with reaction"}).execute()
    story.refresh_from_db()
    assert story.ednote == ""
    last = story.revisions.order_by("-number").first()
    assert last.number == story.revision and last.data["ednote"] == ""
