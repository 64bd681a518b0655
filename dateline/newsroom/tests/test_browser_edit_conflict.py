"""Two browsers edit one story: the second save is refused and shows both texts
and a form to merge them; nothing either person typed is lost."""

import pytest

from dateline.stories.models import Story

from .browser_helpers import fill_body, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_second_save_is_refused_and_merged(live_server, browser, draft, editor, chief):
    contexts = [browser.new_context(), browser.new_context()]
    first, second = (c.new_page() for c in contexts)
    sign_in(first, live_server, "eddie")
    sign_in(second, live_server, "chloe")
    url = f"{live_server.url}/newsroom/story/{draft.public_id}/"
    first.goto(url)
    second.goto(url)

    fill_body(first, "Delegates met on Monday in Panmunjom.\n\nTalks continue on Tuesday.")
    first.click("button:has-text('Save')")
    first.wait_for_selector("text=Saved as revision 2.")

    fill_body(second, "Delegates met on Monday.\n\nTalks continue on Tuesday, officials said.")
    second.click("button:has-text('Save')")
    second.wait_for_selector("text=Your changes were not saved")
    assert "Delegates met on Monday in Panmunjom." in second.inner_text("[data-theirs]")
    assert "officials said." in second.inner_text("[data-mine]")
    assert Story.objects.get(pk=draft.pk).body[0] == "Delegates met on Monday in Panmunjom."

    # Merge: keep both changes, then save from the merge form.
    fill_body(second, "Delegates met on Monday in Panmunjom.\n\nTalks continue on Tuesday, officials said.")
    second.click("button:has-text('Save merged story')")
    second.wait_for_selector("text=Saved as revision 3.")
    assert Story.objects.get(pk=draft.pk).body == [
        "Delegates met on Monday in Panmunjom.",
        "Talks continue on Tuesday, officials said.",
    ]
    for c in contexts:
        c.close()
