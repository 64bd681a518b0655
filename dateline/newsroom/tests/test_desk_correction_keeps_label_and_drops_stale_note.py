"""At the desk: after an update labelled "(LEAD)" with an editor's note, a
correction published without typing a label keeps "(LEAD)" and goes out
with its correction note only; the editor says which label it will keep."""

from .conftest import form_data


def post(client, story, **data):
    return client.post(f"/newsroom/story/{story.public_id}/workflow/", data)


def test_update_then_correction_at_the_desk(editor_client, draft):
    assert post(editor_client, draft, action="publish").status_code == 302
    draft.refresh_from_db()
    note = "ATTN: UPDATES with the minister's reply in para 4"
    saved = editor_client.post(f"/newsroom/story/{draft.public_id}/", form_data(draft, ednote=note))
    assert saved.status_code == 302
    assert post(editor_client, draft, action="update", label="(LEAD)").status_code == 302
    draft.refresh_from_db()
    assert draft.live.label == "(LEAD)" and draft.live.ednote == note
    # The note went with the update: the form no longer offers it for the next version.
    assert draft.ednote == ""
    page = editor_client.get(f"/newsroom/story/{draft.public_id}/").content.decode()
    assert "Leave empty to keep (LEAD)." in page and "reply in para 4" not in page

    assert post(editor_client, draft, action="correct", correction="Fixes a name.").status_code == 302
    draft.refresh_from_db()
    correction = draft.live
    assert (correction.kind, correction.label, correction.ednote) == ("correction", "(LEAD)", "")
    assert correction.correction == "Fixes a name."


def test_the_editor_of_an_updated_story_costs_the_same_queries_however_many_versions(editor_client, draft):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from dateline.stories.actions import SYSTEM, Publish, Update

    def cost():
        path = f"/newsroom/story/{draft.public_id}/"
        editor_client.get(path)
        with CaptureQueriesContext(connection) as ctx:
            assert editor_client.get(path).status_code == 200
        return len(ctx.captured_queries)

    Publish(draft, actor=SYSTEM).execute()
    Update(draft, actor=SYSTEM, label="(LEAD)").execute()
    few = cost()
    for n in range(5):
        Update(draft, actor=SYSTEM, label=f"({n + 2}th LD)").execute()
    assert cost() == few
