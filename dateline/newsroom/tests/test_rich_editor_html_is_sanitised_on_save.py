"""The rich editor posts HTML (body_html) beside the textarea; the server turns
it into body items itself and sanitises them to the same allow-list."""

from django.utils.html import escape

from dateline.stories.models import Story

from .conftest import form_data


def save(client, story, body_html, **extra):
    data = form_data(story, body="stale textarea text", body_html=body_html, **extra)
    return client.post(f"/newsroom/story/{story.public_id}/", data)


def test_the_html_is_the_body_and_is_cleaned(editor_client, draft):
    html = (
        '<h1>Headline-like</h1><p class="MsoNormal" style="color:red">Lead with <b>bold</b> and '
        '<span style="font-weight:700">docs</span><script>alert(1)</script></p>'
        '<ul><li><p>One</p></li><li><p onclick="x()">Two</p></li></ul>'
        '<p><a href="javascript:alert(1)">bad link</a> <a href="https://example.org" target="_blank">good</a></p>'
        '<table style="min-width:50px"><colgroup><col></colgroup><tbody><tr><th colspan="1">A</th></tr></tbody></table>'
        "loose words"
    )
    assert save(editor_client, draft, html).status_code == 302
    body = Story.objects.get(pk=draft.pk).body
    assert body == [
        "<h2>Headline-like</h2>",
        "Lead with <b>bold</b> and docs",
        "<ul><li><p>One</p></li><li><p>Two</p></li></ul>",
        '<a rel="noopener noreferrer">bad link</a> <a href="https://example.org" rel="noopener noreferrer">good</a>',
        '<table><tbody><tr><th colspan="1">A</th></tr></tbody></table>',
        "loose words",
    ]


def test_an_empty_editor_empties_the_body_and_no_field_keeps_the_textarea(editor_client, draft):
    assert save(editor_client, draft, "").status_code == 302
    assert Story.objects.get(pk=draft.pk).body == []
    draft.refresh_from_db()
    editor_client.post(f"/newsroom/story/{draft.public_id}/", form_data(draft, body="Typed.\n\nTwice."))
    assert Story.objects.get(pk=draft.pk).body == ["Typed.", "Twice."]


def test_autosave_and_new_stories_take_the_html_too(editor_client, draft, section):
    data = form_data(draft, body="", body_html="<h2>Sub</h2><p>Text</p>")
    assert editor_client.post(f"/newsroom/story/{draft.public_id}/autosave/", data).json()["ok"]
    assert Story.objects.get(pk=draft.pk).body == ["<h2>Sub</h2>", "Text"]
    response = editor_client.post(
        "/newsroom/story/new/",
        {
            "headline": "Fresh",
            "section": section.pk,
            "urgency": 4,
            "body": "",
            "body_html": "<p>One</p><ol><li>a</li></ol>",
        },
    )
    assert response.status_code == 302
    assert Story.objects.get(headline="Fresh").body == ["One", "<ol><li>a</li></ol>"]


def test_revision_diffs_stay_word_level_with_blocks(editor_client, draft):
    save(editor_client, draft, "<p>Delegates met on Monday.</p><h2>Reaction</h2><ul><li>Calm</li></ul>")
    draft.refresh_from_db()
    save(editor_client, draft, "<p>Delegates met on Tuesday.</p><h2>Reaction</h2><ul><li>Calm</li><li>Hope</li></ul>")
    page = editor_client.get(f"/newsroom/story/{draft.public_id}/revisions/?a=2&b=3").content.decode()
    assert "<del>Monday.</del> <ins>Tuesday.</ins>" in page
    assert "[Subhead] Reaction" in page
    assert "<ins>Hope</ins>" in page
    assert escape("<li>") not in page  # markup is never shown as words
