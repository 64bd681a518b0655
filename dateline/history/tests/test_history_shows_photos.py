"""The public history shows which photos each version had, so a correction
that replaces a photo is visible: in the version list, in the comparison of
two versions, and on the page of an earlier version."""

import pytest

from dateline.stories.actions import Actor, Correct

pytestmark = pytest.mark.django_db


@pytest.fixture
def corrected(published, make_photo, django_capture_on_commit_callbacks):
    wrong = make_photo("Flooding in Daegu in 2019.", credit_line="Newsis")
    right = make_photo("Flooding in Daegu on Tuesday.", credit_line="Yonhap")
    story = published(headline="Floods close schools", photos=[wrong.pk])
    with django_capture_on_commit_callbacks(execute=True):
        Correct(
            story,
            actor=Actor.system("test"),
            correction="An earlier version showed a photo from 2019.",
            changes={"photos": [right.pk]},
        ).execute()
    return story, wrong, right


def test_history_lists_each_versions_photos(client, corrected):
    story, wrong, right = corrected
    html = client.get(f"/view/{story.public_id}/history/").content.decode()
    v2, v1 = html.index("Version 2</strong>"), html.index("Version 1</strong>")
    assert v2 < html.index("Flooding in Daegu on Tuesday. (Yonhap)") < v1
    assert v1 < html.index("Flooding in Daegu in 2019. (Newsis)")
    assert f'href="/photos/{wrong.public_id}/"' in html


def test_diff_shows_the_replaced_photo(client, corrected):
    story, wrong, right = corrected
    html = client.get(f"/view/{story.public_id}/diff/", {"a": 1, "b": 2}).content.decode()
    photos = html[html.index('id="diff-photos"') : html.index('id="diff-body"')]
    assert "Photos</h2>" in photos  # not "(unchanged)"
    assert photos.index("Version 1:") < photos.index("2019. (Newsis)") < photos.index("Version 2:")
    assert photos.index("Version 2:") < photos.index("Tuesday. (Yonhap)")


def test_diff_says_unchanged_when_the_photos_are_the_same(
    client, published, make_photo, django_capture_on_commit_callbacks
):
    photo = make_photo()
    story = published(photos=[photo.pk])
    with django_capture_on_commit_callbacks(execute=True):
        Correct(
            story, actor=Actor.system("test"), correction="Fixes a name.", changes={"headline": "New headline"}
        ).execute()
    html = client.get(f"/view/{story.public_id}/diff/", {"a": 1, "b": 2}).content.decode()
    assert "Photos (unchanged)</h2>" in html


def test_an_earlier_version_shows_its_own_photo(client, corrected):
    story, wrong, right = corrected
    html = client.get(f"/view/{story.public_id}/v/1/").content.decode()
    assert "<figcaption>Flooding in Daegu in 2019. (Newsis)</figcaption>" in html
    assert "Tuesday" not in html


def test_a_photo_withdrawn_since_is_named_but_not_shown(client, corrected):
    story, wrong, _ = corrected
    from dateline.photos.actions import WithdrawPhoto

    WithdrawPhoto(wrong, actor=Actor.system("test", via="test")).execute()
    html = client.get(f"/view/{story.public_id}/history/").content.decode()
    assert "A photo since withdrawn" in html
    assert "Flooding in Daegu in 2019" not in html
