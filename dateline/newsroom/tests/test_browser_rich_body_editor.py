"""The rich-text body editor, used as a person would: formatting from the
toolbar and the keyboard, pasting from Word, Google Docs and a wire, a live
word count, and the saved body as sanitised items with their paragraph ids."""

import pytest

from dateline.stories.models import Story

from .browser_helpers import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def paste(page, html=None, text=None):
    """What the browser does on Ctrl+V: a paste event carrying the clipboard."""
    page.evaluate("""([html, text]) => {
        const data = new DataTransfer();
        if (html !== null) data.setData('text/html', html);
        if (text !== null) data.setData('text/plain', text);
        document.querySelector('.rte-content').dispatchEvent(
            new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true}));
    }""", [html, text])


def test_smoke(live_server, page, editor, draft):
    sign_in(page, live_server, "eddie")
    page.goto(f"{live_server.url}/newsroom/story/{draft.public_id}/")
    page.wait_for_selector(".rte-content")
    print(page.inner_html(".rte-content"))
    page.click(".rte-content p:last-child")
    page.keyboard.press("End")
    page.keyboard.press("Enter")
    page.keyboard.type("Reaction")
    page.click("button[data-command=h2]")
    page.keyboard.press("End")
    page.keyboard.press("Enter")
    page.keyboard.press("Control+b")
    page.keyboard.type("Bold words")
    print(page.input_value("#id_body"))
    print(page.text_content("[data-word-count]"))
    paste(page, html='<p class="MsoNormal" style="mso-x:1">Word <b>para</b><o:p></o:p></p><p class=MsoListParagraphCxSpFirst style="mso-list:l0 level1 lfo1"><span style="mso-list:Ignore">·<span>&nbsp;&nbsp; </span></span>First</p><p class=MsoListParagraphCxSpLast><span style="mso-list:Ignore">·</span>Second</p>')
    print(page.input_value("#id_body"))
    page.click("button:has-text('Save')")
    page.wait_for_selector("text=Saved as revision")
    print(Story.objects.get(pk=draft.pk).body)
