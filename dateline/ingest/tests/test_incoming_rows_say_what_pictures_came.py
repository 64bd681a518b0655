"""An Incoming row says how many pictures its item brought and how many
could not be taken in, so the desk sees it without opening each item."""

from django.contrib.auth.models import Permission

from dateline.ingest.models import IncomingItem
from dateline.ingest.services import ingest_bytes

from .test_incoming_rows_without_bylines_end_cleanly import item, row_lines


def test_rows_count_pictures_and_those_not_taken_in(client, django_user_model, db):
    for uri in ("urn:example:a", "urn:example:b", "urn:example:c"):
        ingest_bytes(item(uri), source="Example Agency", origin=f"/wire/{uri[-1]}.json")
    sent = [
        {"id": "p1", "href": "https://pictures.example/p1.jpg"},
        {"id": "p2", "href": "https://pictures.example/p2.jpg"},
    ]
    # What the picture step records: the sender's pictures, and the photos they became.
    IncomingItem.objects.filter(original_id="urn:example:a").update(pictures=sent, photos=[41, 42])
    IncomingItem.objects.filter(original_id="urn:example:b").update(pictures=sent, photos=[41])
    user = django_user_model.objects.create_user("desk", password="correct horse battery")
    user.user_permissions.set(Permission.objects.filter(content_type__app_label="ingest", codename="view_incomingitem"))
    client.force_login(user)
    lines = {line.split(" BUSAN")[0][-1]: line for line in row_lines(client)}
    assert lines["a"].endswith("With 2 pictures")
    assert lines["b"].endswith("With 2 pictures, 1 not taken in")
    assert "picture" not in lines["c"]
