"""The whole path in a browser: a reporter writes and submits, an editor
publishes, readers see it, the editor corrects it, readers see the note and
the history with its diff."""

import re

import pytest

from dateline.stories.models import Story

from .browser_helpers import fill_body, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_write_submit_publish_correct_and_read_history(live_server, browser, section, reporter, editor):
    # The reporter writes and submits.
    rctx = browser.new_context()
    rp = rctx.new_page()
    rp.set_default_timeout(15_000)
    sign_in(rp, live_server, "rita")
    rp.click("a:has-text('New story')")
    rp.fill("#id_headline", "Flood waters recede in Gangwon")
    rp.select_option("#id_section", str(section.pk))
    rp.fill("#id_dateline_city", "Chuncheon")
    fill_body(rp, "Flood waters began to recede on Sunday.\n\nAbout 300 residents returned home.")
    rp.click("button:has-text('Create draft')")
    rp.wait_for_selector("text=Draft created.")
    assert "CHUNCHEON, " in rp.inner_text("[data-composed-dateline]")
    rp.click("button:has-text('Submit to editors')")
    rp.wait_for_selector("text=Submitted to the editors.")
    story = Story.objects.get(headline="Flood waters recede in Gangwon")
    assert story.status == Story.Status.SUBMITTED
    rctx.close()

    # The editor finds it among the submitted stories and publishes it.
    ectx = browser.new_context()
    ep = ectx.new_page()
    ep.set_default_timeout(15_000)
    sign_in(ep, live_server, "eddie")
    ep.click("a:has-text('Submitted')")
    ep.click(f"a:has-text('{story.headline}')")
    ep.click("button:has-text('Publish now')")
    ep.wait_for_selector("text=Published as version 1")

    # Readers see it.
    reader = browser.new_context()
    pp = reader.new_page()
    pp.goto(live_server.url + story.get_absolute_url())
    assert pp.inner_text("h1") == "Flood waters recede in Gangwon"
    assert "About 300 residents returned home." in pp.inner_text(".story-body")

    # The editor corrects a figure; unsaved text is saved before publishing.
    fill_body(ep, "Flood waters began to recede on Sunday.\n\nAbout 350 residents returned home.")
    ep.fill("#wf-correction", "An earlier version gave the wrong number of residents.")
    ep.click("button:has-text('Publish correction')")
    ep.wait_for_selector("text=Published as version 2 (correction)")
    ectx.close()

    # Readers see the correction note, the history and the word-level diff.
    # The page may be fresh in the browser's cache for a minute, so the
    # reader reloads it, as one would.
    pp.reload()
    notice = pp.inner_text(".notice-correction")
    assert "Correction: An earlier version gave the wrong number of residents." in notice
    assert "350 residents" in pp.inner_text(".story-body")
    pp.click("a:has-text('Version history')")
    assert "Version 2" in pp.inner_text("main") and "Version 1" in pp.inner_text("main")
    pp.click("a:has-text('Changes from version 1')")
    assert pp.inner_text("del") == "300"
    assert pp.inner_text("ins") == "350"
    pp.goto(live_server.url + f"/view/{story.public_id}/v/1/")
    assert "About 300 residents" in pp.inner_text(".story-body")
    assert re.search(r"version 1", pp.inner_text(".notice"))
    reader.close()
