"""Hostile text from every way a story comes in stays text in /rss.xml and
/atom.xml: the summary is read as HTML there, so it must arrive escaped.

Each input path is driven with text that turns into markup if the feed
trusts the summary: escaped markup (`&lt;b onmouseover=…&gt;`) in a paragraph
of inline HTML (the desk, HTML wire bodies) and a raw `<img onerror>` in plain text (plain
wire bodies, pasted pages)."""

import json
from pathlib import Path

import html5lib
import pytest
from lxml import etree

from dateline.ingest.acceptance import draft_from
from dateline.ingest.importer import import_text
from dateline.ingest.models import IncomingItem
from dateline.ingest.services import ingest_bytes
from dateline.stories.actions import Actor, CreateStory, Publish
from dateline.stories.models import Section

pytestmark = pytest.mark.django_db

SAMPLES = Path(__file__).resolve().parents[2] / "ingest" / "tests" / "wire_samples"

SCRIPT_ESCAPED = "Officials met on Thursday. &lt;b onmouseover=alert(1)&gt;hover&lt;/b&gt; said 5 &lt; 6."
IMG_PLAIN = '<img src=x onerror="alert(1)"> Officials met on Thursday.'

PASTED_PAGE = """Harbour city opens new ferry terminal

National 09:15 March 3, 2024

By Choi Hana

BUSAN, March 3 (Dateline) -- {hostile} A new ferry terminal opened on Sunday in the southern port city.

The terminal can handle twelve vessels at once, officials said.

(END)
"""


def sample(name):
    """A real-layout wire sample (control characters and all) to plant text in."""
    return (SAMPLES / name).read_text(encoding="latin-1")


WIRE = {
    "ninjs3 (plain body)": (
        "ninjs3",
        "a.json",
        json.dumps(
            {
                "uri": "urn:test:ninjs3",
                "type": "text",
                "version": "1",
                "pubStatus": "usable",
                "headlines": [{"role": "main", "value": "Hostile ninjs 3"}],
                "bodies": [{"role": "main", "contentType": "text/plain", "value": IMG_PLAIN}],
            }
        ),
    ),
    "ninjs2 (HTML body)": (
        "ninjs2",
        "b.json",
        json.dumps(
            {
                "uri": "urn:test:ninjs2",
                "type": "text",
                "version": "1",
                "pubstatus": "usable",
                "headlines": [{"role": "main", "value": "Hostile ninjs 2"}],
                "bodies": [{"role": "main", "contenttype": "text/html", "value": f"<p>{SCRIPT_ESCAPED}</p>"}],
            }
        ),
    ),
    "RSS": (
        "",
        "c.xml",
        f"""<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>
        <link>https://example.org/</link><description>x</description>
        <item><title>Hostile RSS</title><guid isPermaLink="false">rss-1</guid>
        <description>{SCRIPT_ESCAPED.replace("&", "&amp;")}</description></item></channel></rss>""",
    ),
    "Atom": (
        "",
        "d.xml",
        f"""<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">
        <title>x</title><id>urn:x</id><updated>2026-10-28T00:00:00Z</updated>
        <entry><title>Hostile Atom</title><id>urn:atom:1</id><updated>2026-10-28T00:00:00Z</updated>
        <content type="html">{SCRIPT_ESCAPED.replace("&", "&amp;")}</content></entry></feed>""",
    ),
    "IPTC 7901": (
        "",
        "e.txt",
        sample("iptc7901_two.txt").replace("The National Assembly passed the budget on Friday.", IMG_PLAIN),
    ),
    "ANPA-1312": (
        "",
        "f.txt",
        sample("anpa_writethru.txt").replace(
            "Officials from both countries agreed on the text on Thursday.", IMG_PLAIN
        ),
    ),
}


ACTOR = Actor.system("test")


def from_desk():
    section = Section.objects.get(slug="north-korea")
    story = CreateStory(
        actor=ACTOR, section=section, headline="Hostile desk story", body=[SCRIPT_ESCAPED], markup=True
    ).execute()
    Publish(story, actor=ACTOR).execute()


def from_wire(fmt, filename, data):
    def run():
        encoding = "latin-1" if filename.endswith(".txt") else "utf-8"
        report = ingest_bytes(data.encode(encoding), source="Hostile", filename=filename, format=fmt)
        assert report.created, f"nothing taken in: {[r.reason for r in report.rejected]}"
        Publish(draft_from(IncomingItem.objects.get(pk=report.created[0].pk), ACTOR), actor=ACTOR).execute()

    return run


def from_import_text(hostile):
    def run():
        import_text(PASTED_PAGE.format(hostile=hostile).encode(), draft=False, source="file:hostile.txt")

    return run


PATHS = {
    "desk": from_desk,
    "import-text (script)": from_import_text(SCRIPT_ESCAPED),
    "import-text (img)": from_import_text(IMG_PLAIN),
    **{f"ingest {name}": from_wire(*args) for name, args in WIRE.items()},
}


def summaries(client, path):
    """The HTML each feed entry's summary asks a reader to render."""
    response = client.get(path)
    assert response.status_code == 200
    root = etree.fromstring(response.content)
    found = root.xpath("//item/description/text()")
    found += root.xpath("//a:entry/a:summary[@type='html']/text()", namespaces={"a": "http://www.w3.org/2005/Atom"})
    return found


@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize("feed", ["/rss.xml", "/atom.xml"])
def test_hostile_text_stays_text_in_feed_summaries(client, path, feed):
    PATHS[path]()
    found = summaries(client, feed)
    assert found, "the story's summary is in the feed"
    for summary in found:
        fragment = html5lib.parseFragment(summary, treebuilder="etree", namespaceHTMLElements=False)
        elements = [el.tag for el in fragment.iter() if el is not fragment]
        assert elements == [], f"{path}: live markup {elements} in {summary!r}"
        # The reader still sees what was written, as text.
        assert "alert(1)" in "".join(fragment.itertext())
