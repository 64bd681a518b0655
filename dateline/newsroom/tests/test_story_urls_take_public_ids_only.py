"""The newsroom's story URLs take a story's public ID through the same
`<public_id:…>` converter as the site, the API and feedback: a real ID opens
the page, anything else is no page before any view runs."""

import pytest
from django.urls import Resolver404, resolve, reverse

pytestmark = pytest.mark.django_db

STORY_ROUTES = ["edit", "edit_link", "autosave", "heartbeat", "preview", "workflow", "revisions"]


@pytest.mark.parametrize("name", STORY_ROUTES)
def test_each_story_route_reverses_and_resolves_a_public_id(draft, name):
    url = reverse(f"newsroom:{name}", args=[draft.public_id])
    match = resolve(url)
    assert match.url_name == name and match.kwargs == {"public_id": draft.public_id}


@pytest.mark.parametrize(
    "path",
    [
        "story/not-an-id/",
        "story/dln20211028000001325/",  # lower case: not an ID
        "story/DLN2021/",  # too few digits
        "story/DLN20211028000001325x/preview/",
    ],
)
def test_what_is_not_a_public_id_is_no_page(path):
    with pytest.raises(Resolver404):
        resolve(f"/newsroom/{path}")


def test_the_editor_still_opens_a_draft_by_its_id(editor_client, draft):
    assert editor_client.get(reverse("newsroom:edit", args=[draft.public_id])).status_code == 200
    assert editor_client.get(f"/newsroom/story/{draft.public_id.lower()}/").status_code == 404
