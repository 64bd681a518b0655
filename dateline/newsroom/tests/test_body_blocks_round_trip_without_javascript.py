"""Without JavaScript the body is a textarea: each item on a paragraph of its
own, blocks as their HTML. Saving a body with every block kind through it
gives back exactly the same items."""

from dateline.stories.models import Story

from .conftest import form_data

EVERY_KIND = [
    'The minister said <em>nothing</em> about the <a href="https://example.org/a?b=1&amp;c=2" '
    'rel="noopener noreferrer">report</a> &amp; its <strong>costs</strong>.',
    "<h2>Reaction</h2>",
    "<h3>In Seoul</h3>",
    "<h4>Markets</h4>",
    "<ul><li>First point</li><li>Second <em>point</em></li></ul>",
    '<ol start="3"><li>Three</li><li>Four</li></ol>',
    '<blockquote cite="https://example.org/speech"><p>We will not yield.</p></blockquote>',
    '<table><caption>Votes</caption><thead><tr><th scope="col">Party</th><th scope="col">Seats</th></tr></thead>'
    '<tbody><tr><td>Democratic</td><td>170</td></tr><tr><td colspan="2">Total 300</td></tr></tbody></table>',
    "Prices rose 3 &lt; 5 percent, officials said.",
]


def test_every_block_kind_survives_the_plain_textarea(editor_client, draft, desk_actor):
    from dateline.stories.actions import SaveWorkingCopy

    draft = SaveWorkingCopy(draft, {"body": EVERY_KIND}, actor=desk_actor, base_revision=draft.revision).execute()
    assert draft.body == EVERY_KIND  # stored as given: already clean

    page = editor_client.get(f"/newsroom/story/{draft.public_id}/").content.decode()
    assert "&lt;h2&gt;Reaction&lt;/h2&gt;" in page  # shown in the textarea as its HTML, escaped

    # Post the form exactly as the page shows it, with a new headline only.
    response = editor_client.post(f"/newsroom/story/{draft.public_id}/", form_data(draft, headline="New headline"))
    assert response.status_code == 302
    saved = Story.objects.get(pk=draft.pk)
    assert saved.headline == "New headline"
    assert saved.body == EVERY_KIND


def test_blocks_typed_over_several_lines_are_one_item(editor_client, draft):
    text = "Lead paragraph.\n\n<ul>\n  <li>One</li>\n  <li>Two</li>\n</ul>\n\nLast paragraph."
    response = editor_client.post(f"/newsroom/story/{draft.public_id}/", form_data(draft, body=text))
    assert response.status_code == 302
    assert Story.objects.get(pk=draft.pk).body == [
        "Lead paragraph.",
        "<ul><li>One</li><li>Two</li></ul>",
        "Last paragraph.",
    ]
