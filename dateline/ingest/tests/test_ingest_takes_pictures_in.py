"""Pictures a wire item carries are fetched through the address policy and
kept as photos on the item (lead first), then on the story made from it. A
picture that fails never stops its story or the batch: the reason is in the
item's desk notes. Re-sends reuse the photo without fetching it again."""

import json
import time

import pytest

from dateline.ingest.acceptance import Acceptance
from dateline.ingest.models import Feed, IncomingItem
from dateline.ingest.polling import ingest_source
from dateline.ingest.services import ingest_bytes
from dateline.photos.models import Photo
from dateline.stories.actions import Actor

pytestmark = pytest.mark.django_db


def picture(uri, href, caption, **extra):
    return {
        "name": uri.rsplit(":", 1)[-1],
        "uri": uri,
        "type": "picture",
        "descriptions": [{"role": "caption", "value": caption}],
        "renditions": [{"name": "web", "href": href, "contenttype": "image/jpeg", "width": 800, "height": 600}],
        **extra,
    }


def story(uri, *associations, version="1"):
    return {
        "uri": uri,
        "version": version,
        "type": "text",
        "versioncreated": "2026-11-30T01:00:00Z",
        "headlines": [{"role": "main", "value": f"Story {uri}"}],
        "bodies": [{"role": "main", "contenttype": "text/html", "value": "<p>The harbour reopened on Monday.</p>"}],
        "associations": list(associations),
    }


def ninjs(*docs) -> bytes:
    return json.dumps(list(docs)).encode()


def test_lead_and_gallery_become_photos_with_the_senders_description(picture_server, image):
    lead = picture_server.serve("/lead.jpg", image(color=(1, 2, 3)))
    gallery = picture_server.serve("/gallery.jpg", image(color=(4, 5, 6)))
    doc = story(
        "urn:x:1",
        picture("urn:x:pic:1", lead, "Ships wait outside the harbour.", by="Kim Min-ji", copyrightholder="Example"),
        picture("urn:x:pic:2", gallery, "Cranes at dawn."),
    )
    report = ingest_bytes(ninjs(doc), source="Example Agency")
    (item,) = report.created
    first, second = (Photo.objects.get(pk=pk) for pk in item.photos)
    assert (first.caption, first.creator, first.credit_line) == (
        "Ships wait outside the harbour.",
        "Kim Min-ji",
        "Example",
    )
    assert second.caption == "Cranes at dawn."
    assert (first.source, first.source_key, first.source_url) == ("Example Agency", "urn:x:pic:1", lead)
    assert first.status == Photo.Status.DRAFT  # the photo desk publishes it, with alt text
    assert [p["photo"] for p in item.pictures] == [first.public_id, second.public_id]

    # The desk accepts the item: the draft story carries the photos, lead first.
    editor_actor = Actor.system("test-desk", via="desk")
    draft = Acceptance(item, actor=editor_actor).execute(skip_permission_check=True)
    assert draft.photos == [first.pk, second.pk]


def test_a_resend_reuses_the_photos_without_fetching_them_again(picture_server, image):
    href = picture_server.serve("/lead.jpg", image())
    data = ninjs(story("urn:x:1", picture("urn:x:pic:1", href, "Caption")))
    ingest_bytes(data, source="Example Agency")
    report = ingest_bytes(
        ninjs(story("urn:x:1", picture("urn:x:pic:1", href, "Caption"), version="2")), source="Example Agency"
    )
    assert Photo.objects.count() == 1
    assert picture_server.asked("/lead.jpg") == 1
    (item,) = report.updated
    assert item.photos == [Photo.objects.get().pk]


def test_the_same_picture_under_another_id_is_one_photo(picture_server, image):
    # Same bytes (sha256), two senders' ids: one photo.
    body = image()
    a = picture_server.serve("/a.jpg", body)
    b = picture_server.serve("/b.jpg", body)
    ingest_bytes(ninjs(story("urn:x:1", picture("urn:x:pic:1", a, "One"))), source="A")
    ingest_bytes(ninjs(story("urn:x:2", picture("urn:x:pic:9", b, "Two"))), source="B")
    assert Photo.objects.count() == 1
    assert IncomingItem.objects.get(source="B").photos == [Photo.objects.get().pk]


def test_failing_pictures_never_stop_the_story_or_the_batch(picture_server, image):
    good = picture_server.serve("/good.jpg", image())
    missing = picture_server.url + "/missing.jpg"
    svg = picture_server.serve(
        "/drawing.jpg", b'<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600"/>', "image/jpeg"
    )
    tiny = picture_server.serve("/pixel.jpg", image(1, 1, (9, 9, 9)))
    data = ninjs(
        story(
            "urn:x:1",
            picture("urn:x:pic:missing", missing, "Gone"),
            picture("urn:x:pic:svg", svg, "A drawing"),
            picture("urn:x:pic:tiny", tiny, "A tracking pixel"),
            picture("urn:x:pic:good", good, "Kept"),
        ),
        story("urn:x:2"),
    )
    report = ingest_bytes(data, source="Example Agency")
    assert len(report.created) == 2 and not report.rejected
    item = IncomingItem.objects.get(original_id="urn:x:1")
    assert [Photo.objects.get(pk=pk).caption for pk in item.photos] == ["Kept"]
    notes = "\n".join(item.desk_notes)
    assert f"Picture not taken in ({missing}): the server answered 404 Not Found" in notes
    assert f"Picture not taken in ({svg}): " in notes and "SVG" in notes
    assert "too small for a news photo (1×1 pixels" in notes
    assert [p.get("problem", "") != "" for p in item.pictures] == [True, True, True, False]
    assert Photo.objects.count() == 1  # nothing half-stored for the refused ones


def test_a_failing_rendition_falls_back_to_the_next(picture_server, image):
    small = picture_server.serve("/small.jpg", image(640, 480))
    doc = story("urn:x:1", picture("urn:x:pic:1", small, "Caption"))
    doc["associations"][0]["renditions"].insert(
        0, {"name": "hires", "href": picture_server.url + "/gone.jpg", "contenttype": "image/jpeg", "width": 4000}
    )
    (item,) = ingest_bytes(ninjs(doc), source="Example Agency").created
    assert Photo.objects.get(pk=item.photos[0]).width == 640
    assert picture_server.asked("/gone.jpg") == 1


def test_pictures_at_private_addresses_are_refused_and_the_story_kept(picture_server, image, settings):
    settings.DATELINE_FETCH_ALLOW_NETWORKS = []  # production's policy: no loopback
    href = picture_server.serve("/lead.jpg", image())
    (item,) = ingest_bytes(ninjs(story("urn:x:1", picture("urn:x:pic:1", href, "C"))), source="X").created
    assert item.photos == []
    assert any("127.0.0.1 is a loopback address" in note for note in item.desk_notes)
    assert picture_server.requests == []  # refused before any connection
    assert not Photo.objects.exists()


def test_a_polled_feed_takes_its_pictures_and_auto_publishes_them_with_the_story(
    picture_server, image, django_capture_on_commit_callbacks
):
    href = picture_server.serve("/lead.jpg", image())
    doc = story("urn:x:1", picture("urn:x:pic:1", href, "Caption"))
    doc["associations"][0]["descriptions"] = [
        {"role": "caption", "value": "Ships at anchor."},
        {"role": "alt", "value": "Three container ships at anchor off the port"},
    ]
    feed_url = picture_server.serve("/feed.json", ninjs(doc), "application/json")
    feed = Feed.objects.create(name="Partner", url=feed_url, auto_publish=True)
    with django_capture_on_commit_callbacks(execute=True):
        report = ingest_source(feed_url, source=feed.name, feed=feed)
    (item,) = report.created
    photo = Photo.objects.get()
    assert photo.status == Photo.Status.PUBLISHED  # published with the story: it has alt text
    assert item.story.photos == [photo.pk] and item.story.live.photos == [photo.pk]


def test_an_auto_published_story_goes_out_without_a_picture_lacking_alt_text(
    picture_server, image, django_capture_on_commit_callbacks
):
    # A story may not go public with a photo readers cannot have described:
    # the story is published without it, and the photo waits on the photo desk.
    described = picture_server.serve("/a.jpg", image(color=(1, 1, 1)))
    bare = picture_server.serve("/b.jpg", image(color=(2, 2, 2)))
    doc = story("urn:x:1", picture("urn:x:pic:bare", bare, "No alt text"), picture("urn:x:pic:ok", described, "Ok"))
    doc["associations"][1]["descriptions"].append({"role": "alt", "value": "A harbour crane"})
    feed = Feed.objects.create(name="Partner", url="unused", auto_publish=True)
    with django_capture_on_commit_callbacks(execute=True):
        (item,) = ingest_bytes(ninjs(doc), source=feed.name, feed=feed).created
    without, with_alt = (Photo.objects.get(pk=pk) for pk in item.photos)
    assert item.story.live.photos == [with_alt.pk]
    assert without.status == Photo.Status.DRAFT and with_alt.status == Photo.Status.PUBLISHED
    note = f"Photo {without.public_id} is not on the published story: it has no alt text."
    assert any(n.startswith(note) for n in item.desk_notes)
    assert any(n.startswith(note) for n in item.story.desk_notes)


def test_a_batchs_pictures_share_one_deadline(picture_server, image, settings):
    # Three slow pictures against a one-second deadline: the batch waits
    # about a second, not three times the deadline, and the story goes in.
    settings.DATELINE_FETCH_DEADLINE = 1
    slow = [picture_server.serve(f"/slow{n}.jpg", image(color=(n, n, n)), delay=3) for n in range(3)]
    doc = story("urn:x:1", *(picture(f"urn:x:pic:{n}", href, "Slow") for n, href in enumerate(slow)))
    started = time.monotonic()
    (item,) = ingest_bytes(ninjs(doc), source="Example Agency").created
    assert time.monotonic() - started < 2.5
    assert item.photos == []
    notes = [note for note in item.desk_notes if note.startswith("Picture")]
    assert all("took longer than the 1 s a batch's pictures may take" in note for note in notes), notes
    assert len([n for n in item.desk_notes if n.startswith("Picture not taken in")]) == 3


def test_the_incoming_item_page_says_what_became_of_each_picture(client, django_user_model, picture_server, image):
    from django.contrib.auth.models import Permission

    good = picture_server.serve("/good.jpg", image())
    doc = story(
        "urn:x:1",
        picture("urn:x:pic:1", good, "Ships <at> anchor.", by="Kim Min-ji"),
        picture("urn:x:pic:2", picture_server.url + "/gone.jpg", "Gone"),
    )
    (item,) = ingest_bytes(ninjs(doc), source="Example Agency").created
    user = django_user_model.objects.create_user("desk", password="correct horse battery")
    user.user_permissions.set(Permission.objects.filter(codename="view_incomingitem"))
    client.force_login(user)
    page = client.get(f"/newsroom/incoming/{item.pk}/").content.decode()
    photo = Photo.objects.get()
    assert "Ships &lt;at&gt; anchor. (Kim Min-ji): taken in as photo" in page
    assert f"<code>{photo.public_id}</code>" in page
    assert "Gone: not taken in, the server answered 404 Not Found" in page


def test_the_ingest_command_says_which_pictures_were_not_taken_in(picture_server, image):
    from io import StringIO

    from django.core.management import call_command

    good = picture_server.serve("/good.jpg", image())
    doc = story(
        "urn:x:1", picture("urn:x:pic:1", good, "Kept"), picture("urn:x:pic:2", picture_server.url + "/no.jpg", "No")
    )
    feed_url = picture_server.serve("/feed.json", ninjs(doc), "application/json")
    out, err = StringIO(), StringIO()
    call_command("ingest", feed_url, "--source", "Partner", stdout=out, stderr=err)  # exit 0: the story is in
    assert "1 new, 0 updated, 0 unchanged, 0 rejected" in out.getvalue()
    (line,) = err.getvalue().splitlines()
    assert line.startswith(
        f"{feed_url} [urn:x:1]: Picture not taken in ({picture_server.url}/no.jpg): the server answered 404 Not Found "
        "(try 1 of 6; the next after "
    )
