"""The rich-text body editor, used as a person would: formatting from the
toolbar and the keyboard, pasting from Word, Google Docs and a wire, a live
word count, and the saved body as sanitised items with their paragraph ids."""

import pytest
from playwright.sync_api import expect

from dateline.stories.models import Story

from .browser_helpers import check_both_widths, fill_body, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def toolbar(page, command):
    """Press a toolbar button; the editor takes focus back on the next frame."""
    page.click(f"button[data-command={command}]")
    expect(page.locator(".rte-content")).to_be_focused()


def paste(page, html=None, text=None):
    """What the browser does on Ctrl+V: a paste event carrying the clipboard."""
    page.evaluate(
        """([html, text]) => {
        const data = new DataTransfer();
        if (html !== null) data.setData('text/html', html);
        if (text !== null) data.setData('text/plain', text);
        document.querySelector('.rte-content').dispatchEvent(
            new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true}));
    }""",
        [html, text],
    )


WORD = (
    '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{margin:0}</style></head><body>'
    '<p class="MsoNormal" style="mso-margin-top-alt:auto">Minutes of the <b>harbour board</b><o:p></o:p></p>'
    '<p class="MsoListParagraphCxSpFirst" style="mso-list:l0 level1 lfo1"><span style="mso-list:Ignore">'
    "\u00b7<span>&nbsp;&nbsp;&nbsp; </span></span>Dredging starts in May</p>"
    '<p class="MsoListParagraphCxSpLast" style="mso-list:l0 level1 lfo1"><span style="mso-list:Ignore">'
    "\u00b7<span>&nbsp;&nbsp;&nbsp; </span></span>Fees stay the same</p></body></html>"
)
DOCS = (
    '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1">'
    '<p dir="ltr"><span style="font-weight:400">The mayor </span><span style="font-weight:700">agreed</span>'
    '<span style="font-style:italic"> at once</span></p></b>'
)
WIRE = (
    "SEOUL, Nov. 29 -- The central bank held its policy rate\nat 3.25 percent on Thursday, as\n"
    "expected.\n\nThe decision was unanimous,\nthe bank said.\n"
)


def test_writing_with_formatting_lists_quotes_tables_and_links(live_server, page, editor, draft, axe):
    sign_in(page, live_server, "eddie")
    page.goto(f"{live_server.url}/newsroom/story/{draft.public_id}/")
    count = page.locator("[data-word-count]")
    assert count.inner_text() == "8 words, 51 characters"
    fill_body(page, "Lead paragraph")
    assert count.inner_text() == "2 words, 14 characters"

    page.keyboard.press("Enter")
    page.keyboard.type("Reaction")
    toolbar(page, "h2")  # subhead from the toolbar
    page.keyboard.press("End")
    page.keyboard.press("Enter")
    page.keyboard.press("Control+b")
    page.keyboard.type("Bold")
    page.keyboard.press("Control+b")
    page.keyboard.type(" and ")
    page.keyboard.press("Control+i")
    page.keyboard.type("italic")
    page.keyboard.press("Control+i")
    page.keyboard.type(" with a link")
    for _ in range(4):
        page.keyboard.press("Shift+ArrowLeft")
    page.once("dialog", lambda dialog: dialog.accept("https://example.org/rates"))
    page.keyboard.press("Control+k")
    page.keyboard.press("End")
    page.keyboard.press("Enter")
    page.keyboard.press("Control+Shift+8")  # bulleted list
    page.keyboard.type("First")
    page.keyboard.press("Enter")
    page.keyboard.type("Second")
    page.keyboard.press("Enter")
    page.keyboard.press("Enter")  # leave the list
    page.keyboard.press("Control+Shift+7")  # numbered list
    page.keyboard.type("One")
    page.keyboard.press("Enter")
    page.keyboard.press("Enter")
    toolbar(page, "quote")
    page.keyboard.type("We will not yield.")
    page.keyboard.press("Enter")
    page.keyboard.press("Enter")
    toolbar(page, "table")  # three by three, a header row
    for i, cell in enumerate(["Party", "Seats", "Share", "Democratic", "170", "57%"]):
        if i:
            page.keyboard.press("Tab")
        page.keyboard.type(cell)
    assert page.locator("button[data-command=row]").is_visible()
    assert check_both_widths(page, axe) == []
    # Esc, then Tab, leaves the table and the editor: focus is never trapped.
    page.keyboard.press("Escape")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "id_keywords"
    assert "words" in count.inner_text()

    page.click("button:has-text('Save')")
    page.wait_for_selector("text=Saved as revision 2.")
    assert Story.objects.get(pk=draft.pk).body == [
        "Lead paragraph",
        "<h2>Reaction</h2>",
        '<strong>Bold</strong> and <em>italic</em> with a <a href="https://example.org/rates" '
        'rel="noopener noreferrer">link</a>',
        "<ul><li>First</li><li>Second</li></ul>",
        "<ol><li>One</li></ol>",
        "<blockquote><p>We will not yield.</p></blockquote>",
        "<table><tbody><tr><th>Party</th><th>Seats</th><th>Share</th></tr>"
        "<tr><td>Democratic</td><td>170</td><td>57%</td></tr><tr><td></td><td></td><td></td></tr></tbody></table>",
    ]
    # Reloaded, the editor shows the same blocks again.
    assert page.locator(".rte-content h2").inner_text() == "Reaction"
    assert page.locator(".rte-content table td").first.inner_text() == "Democratic"


def test_pasting_from_word_google_docs_and_a_wire_is_cleaned(live_server, page, editor, draft):
    sign_in(page, live_server, "eddie")
    page.goto(f"{live_server.url}/newsroom/story/{draft.public_id}/")
    fill_body(page, "")
    paste(page, html=WORD, text="Minutes of the harbour board")
    page.keyboard.press("Enter")
    page.keyboard.press("Enter")  # out of the pasted list
    paste(page, html=DOCS, text="The mayor agreed at once")
    page.keyboard.press("Enter")
    paste(page, text=WIRE)
    page.click("button:has-text('Save')")
    page.wait_for_selector("text=Saved as revision 2.")
    assert Story.objects.get(pk=draft.pk).body == [
        "Minutes of the <strong>harbour board</strong>",
        "<ul><li>Dredging starts in May</li><li>Fees stay the same</li></ul>",
        "The mayor <strong>agreed</strong><em> at once</em>",
        "SEOUL, Nov. 29 -- The central bank held its policy rate at 3.25 percent on Thursday, as expected.",
        "The decision was unanimous, the bank said.",
    ]


def test_published_blocks_carry_paragraph_ids(live_server, page, editor, draft):
    sign_in(page, live_server, "eddie")
    page.goto(f"{live_server.url}/newsroom/story/{draft.public_id}/")
    fill_body(page, "Lead")
    page.keyboard.press("Enter")
    page.keyboard.type("Background")
    page.keyboard.press("Control+Alt+2")
    page.keyboard.press("End")
    page.keyboard.press("Enter")
    page.keyboard.type("More")
    page.click("button:has-text('Save')")
    page.wait_for_selector("text=Saved as revision 2.")
    page.click("button:has-text('Publish now')")
    page.wait_for_selector("text=Published")
    story = Story.objects.get(pk=draft.pk)
    page.goto(live_server.url + story.get_absolute_url())
    assert page.inner_text("h2#p2") == "Background"
    assert page.inner_text("p#p3") == "More"
    assert page.inner_text("p#p1").endswith("Lead")
