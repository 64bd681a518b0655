"""The newsroom's Incoming page: staff with the permission see provenance and
accept items into drafts; nobody else gets in."""

from django.contrib.auth.models import Permission

from dateline.ingest.models import IncomingItem
from dateline.stories.models import Story


def staff_user(django_user_model, *perms, username="desk"):
    user = django_user_model.objects.create_user(username, password="correct horse battery")
    user.user_permissions.set(Permission.objects.filter(content_type__app_label="ingest", codename__in=perms))
    return user


def test_anonymous_visitors_are_sent_to_sign_in(client, queued):
    response = client.get("/newsroom/incoming/")
    assert response.status_code == 302 and response["Location"].startswith("/newsroom/login/")


def test_staff_without_the_permission_get_403(client, django_user_model, queued):
    client.force_login(staff_user(django_user_model))
    assert client.get("/newsroom/incoming/").status_code == 403
    assert client.post(f"/newsroom/incoming/{queued.pk}/accept").status_code == 403


def test_list_shows_provenance(client, django_user_model, queued):
    client.force_login(staff_user(django_user_model, "view_incomingitem"))
    page = client.get("/newsroom/incoming/").content.decode()
    assert "Seoul and Washington discuss peace declaration" in page
    assert "Example Agency" in page and "urn:newsml:example-agency.com:20261028:KOREA-TALKS" in page
    assert "version 2" in page and "<time datetime=" in page
    assert "Accept into a draft" not in page  # viewing is not accepting


def test_accept_creates_a_draft_story_once(client, django_user_model, queued):
    user = staff_user(django_user_model, "view_incomingitem", "accept_incomingitem")
    client.force_login(user)
    assert "Accept into a draft" in client.get("/newsroom/incoming/").content.decode()
    response = client.post(f"/newsroom/incoming/{queued.pk}/accept", follow=True)
    story = Story.objects.get()
    assert story.status == Story.Status.DRAFT and story.live is None
    assert story.headline == queued.headline and story.bylines == ["Kim Eun-jung", "Lee Ha-won"]
    assert story.source.startswith("Example Agency: urn:newsml")
    assert f"is now draft {story.public_id}" in response.content.decode()
    queued.refresh_from_db()
    assert queued.status == "accepted" and queued.story == story and queued.handled_by == user
    again = client.post(f"/newsroom/incoming/{queued.pk}/accept", follow=True)
    assert "already a draft story" in again.content.decode() and Story.objects.count() == 1


def test_accept_needs_post(client, django_user_model, queued):
    client.force_login(staff_user(django_user_model, "view_incomingitem", "accept_incomingitem"))
    assert client.get(f"/newsroom/incoming/{queued.pk}/accept").status_code == 405


def test_withdrawn_items_cannot_be_accepted(client, django_user_model, queued):
    IncomingItem.objects.filter(pk=queued.pk).update(pubstatus="canceled")
    client.force_login(staff_user(django_user_model, "view_incomingitem", "accept_incomingitem"))
    response = client.post(f"/newsroom/incoming/{queued.pk}/accept", follow=True)
    assert "withdrawn" in response.content.decode() and not Story.objects.exists()


def test_unknown_status_filter_is_404(client, django_user_model, queued):
    client.force_login(staff_user(django_user_model, "view_incomingitem"))
    assert client.get("/newsroom/incoming/?status=bogus").status_code == 404


def test_detail_shows_the_text_and_provenance_escaped(client, django_user_model, queued):
    IncomingItem.objects.filter(pk=queued.pk).update(headline="Tom & <b>Jerry</b>")
    client.force_login(staff_user(django_user_model, "view_incomingitem"))
    page = client.get(f"/newsroom/incoming/{queued.pk}/").content.decode()
    assert "Tom &amp; &lt;b&gt;Jerry&lt;/b&gt;" in page
    assert "Officials met on <em>Thursday</em>." in page  # stored body HTML was sanitised on the way in
    assert "alert(1)" not in page
    assert "/wire/a.json" in page and "ninjs2" in page
    assert client.get("/newsroom/incoming/999999/").status_code == 404


def test_set_aside_moves_a_new_item_out_of_the_new_list(client, django_user_model, queued):
    client.force_login(staff_user(django_user_model, "view_incomingitem", "accept_incomingitem"))
    response = client.post(f"/newsroom/incoming/{queued.pk}/dismiss", follow=True)
    assert "was set aside" in response.content.decode()
    queued.refresh_from_db()
    assert queued.status == "rejected"
    assert queued.headline not in client.get("/newsroom/incoming/").content.decode()
    assert queued.headline in client.get("/newsroom/incoming/?status=rejected").content.decode()
    again = client.post(f"/newsroom/incoming/{queued.pk}/dismiss", follow=True)
    assert "Only a new item can be set aside" in again.content.decode()
