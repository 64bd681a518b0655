"""Only live, published stories join a thread. A killed story is still
public (its page shows the notice) but is listed nowhere, so it is refused,
with a message that says so and the typed ID kept."""

import pytest

from dateline.search.models import ThreadMembership
from dateline.search.threads import ThreadError, add_story, create_thread
from dateline.stories.actions import SYSTEM, Kill

pytestmark = pytest.mark.django_db


@pytest.fixture
def killed(make_story):
    story = make_story("Harbour crane collapses in Busan")
    Kill(story, "The report was wrong.", actor=SYSTEM).execute()
    story.refresh_from_db()
    assert story.is_visible() and not story.is_listed()  # the case the old check let through
    return story


def test_desk_refuses_a_killed_story_keeping_the_input(editor_client, killed):
    thread = create_thread("Port accidents")

    response = editor_client.post(f"/threads/manage/{thread.slug}/",
                                  {"action": "add", "public_id": killed.public_id, "move": "1"})

    page = response.content.decode()
    assert response.status_code == 400
    assert "This story was killed; only published stories can join a thread." in page
    assert f'value="{killed.public_id}"' in page and 'aria-invalid="true"' in page
    assert 'name="move" value="1" aria-describedby="add-move-hint" id="add-move" checked' in page
    assert not ThreadMembership.objects.exists()


def test_no_path_adds_a_killed_story(killed):
    with pytest.raises(ThreadError, match="killed"):
        create_thread("Port accidents", stories=[killed])
    thread = create_thread("Port accidents")
    with pytest.raises(ThreadError, match="killed"):
        add_story(thread, killed)
    assert not ThreadMembership.objects.exists()
