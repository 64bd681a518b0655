"""An embed code sent as text (a web desk's snippet to paste) is for the desk;
a story that quotes a tag in its prose ("<script>", an XSS example) keeps
every word of it in the public body."""

import json

import pytest

from dateline.ingest.services import ingest_bytes

EMBED = (
    '&lt;div class="factcheck-embed" id="embed-a0G" data-version="large"&gt;&lt;/div&gt;'
    '&lt;script async defer src="https://www.example.org/js/embed.js"&gt;&lt;/script&gt;'
)
IFRAME = '&lt;iframe width="560" height="315" src="https://video.example.org/embed/x1"&gt;&lt;/iframe&gt;'
QUOTES_A_TAG = "The attackers hid &lt;script&gt; tags in reader comments, the researchers said."
QUOTES_AN_ELEMENT = "Typing &lt;script&gt;alert(1)&lt;/script&gt; into the search box ran the code."
QUOTES_ONLY_MARKUP = "&lt;script&gt;alert(document.cookie)&lt;/script&gt;"


def take_in(*paragraphs):
    item = {
        "uri": "urn:test:embeds",
        "headlines": [{"value": "Flaw let attackers run code in readers' browsers"}],
        "bodies": [{"contenttype": "text/html", "value": "".join(f"<p>{p}</p>" for p in paragraphs)}],
    }
    report = ingest_bytes(json.dumps(item).encode(), source="test")
    assert not report.rejected, [r.reason for r in report.rejected]
    return report.created[0]


@pytest.mark.django_db
def test_prose_quoting_script_tags_stays_in_the_public_body():
    stored = take_in(QUOTES_A_TAG, QUOTES_AN_ELEMENT, QUOTES_ONLY_MARKUP, "The flaw was fixed on Tuesday.")
    # Stored escaped, so the page shows the tag as text and never runs it.
    assert stored.body == [QUOTES_A_TAG, QUOTES_AN_ELEMENT, QUOTES_ONLY_MARKUP, "The flaw was fixed on Tuesday."]
    assert not any("script" in note for note in stored.desk_notes)


@pytest.mark.django_db
def test_an_embed_code_goes_to_the_desk_notes_not_the_body():
    stored = take_in("Read the fact check below.", EMBED, IFRAME, "The video shows the flood.")
    assert stored.body == ["Read the fact check below.", "The video shows the flood."]
    notes = " ".join(stored.desk_notes)
    assert 'Embed code: <div class="factcheck-embed" id="embed-a0G"' in notes
    assert 'Embed code: <iframe width="560"' in notes
