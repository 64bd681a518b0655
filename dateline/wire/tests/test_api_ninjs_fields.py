"""What the ninjs items say: fields, versions with ednotes, kills, embargoes."""

from datetime import timedelta

from django.utils import timezone


def test_item_carries_the_required_fields(api, make_story):
    story = make_story(
        keywords=["peace"], dateline_country="South Korea", slugline="KOREA-US", urgency=2, ednote="For all desks"
    )
    doc = api(f"/api/v1/items/{story.public_id}").json()
    assert doc["uri"] == f"urn:dln:{story.public_id}"
    assert doc["version"] == "1"
    assert doc["pubstatus"] == "usable"
    assert doc["urgency"] == 2
    assert doc["headlines"] == [{"role": "main", "value": story.headline}]
    html, plain = doc["bodies"]
    assert html["contenttype"] == "text/html" and '<p id="p1">' in html["value"]
    assert plain["contenttype"] == "text/plain"
    assert plain["value"].startswith("SEOUL, South Korea,") and "(Yonhap) -- Officials" in plain["value"]
    assert doc["by"] == "Kim Eun-jung"
    assert doc["located"] == "Seoul"
    assert doc["language"] == "en"
    assert {"name": "North Korea", "rel": "section", "uri": "http://127.0.0.1:8000/section/north-korea/"} in doc[
        "subjects"
    ]
    assert {"name": "peace", "rel": "keyword"} in doc["subjects"]
    assert doc["slugline"] == "KOREA-US"
    assert doc["ednote"] == "For all desks"
    assert {"role": "publicid", "value": story.public_id} in doc["altids"]
    assert doc["firstcreated"] == doc["versioncreated"]


def test_updates_and_corrections_are_new_versions_with_their_ednote(api, make_story, update_story):
    story = make_story()
    update_story(story, headline="Talks end with agreement", ednote="Adds the agreement in paragraph 1.")
    update_story(story, kind="correction", correction="Fixes the minister's name.")
    versions = api(f"/api/v1/items/{story.public_id}/versions").json()["items"]
    assert [v["version"] for v in versions] == ["1", "2", "3"]
    assert {v["uri"] for v in versions} == {f"urn:dln:{story.public_id}"}
    assert versions[1]["ednote"] == "Adds the agreement in paragraph 1."
    assert "Correction: Fixes the minister's name." in versions[2]["ednote"]
    assert versions[2]["firstcreated"] == versions[0]["versioncreated"]
    current = api(f"/api/v1/items/{story.public_id}").json()
    assert current["version"] == "3" and current["headlines"][0]["value"] == "Talks end with agreement"


def test_killed_story_answers_with_pubstatus_canceled(api, make_story, kill_story):
    story = make_story()
    kill_story(story, reason="Legal advice.")
    doc = api(f"/api/v1/items/{story.public_id}").json()
    assert doc["pubstatus"] == "canceled"
    assert "Do not use" in doc["ednote"] and "Legal advice." in doc["ednote"]
    feed = api("/api/v1/feed").json()["items"]
    # Withdrawn everywhere: the first version too now answers with the kill notice.
    assert [(d["version"], d["pubstatus"]) for d in feed] == [("1", "canceled"), ("2", "canceled")]
    # A kill takes the story out of the list of current stories.
    assert api("/api/v1/items").json()["items"] == []


def test_embargoed_story_does_not_appear_before_its_time(api, make_story):
    later = timezone.now() + timedelta(hours=3)
    story = make_story("Embargoed budget figures", at=later)
    assert api(f"/api/v1/items/{story.public_id}").status_code == 404
    assert api("/api/v1/items").json()["items"] == []
    assert api("/api/v1/feed").json()["items"] == []


def test_search_filters_by_words_and_section(api, make_story):
    make_story("Exports rise for a third month", section="economy", body=["Semiconductor exports rose."])
    make_story("Missile launch condemned", body=["The launch drew criticism."])
    found = api("/api/v1/items", q="semiconductor").json()["items"]
    assert [d["headlines"][0]["value"] for d in found] == ["Exports rise for a third month"]
    in_section = api("/api/v1/items", section="north-korea").json()["items"]
    assert [d["headlines"][0]["value"] for d in in_section] == ["Missile launch condemned"]


def test_items_pages_with_a_cursor_newest_first(api, make_story):
    start = timezone.now() - timedelta(hours=1)
    for n in range(5):
        make_story(f"Story {n}", at=start + timedelta(minutes=n))
    first = api("/api/v1/items", limit=2).json()
    second = api("/api/v1/items", limit=2, cursor=first["next"]).json()
    third = api("/api/v1/items", limit=2, cursor=second["next"]).json()
    titles = [d["headlines"][0]["value"] for page in (first, second, third) for d in page["items"]]
    assert titles == ["Story 4", "Story 3", "Story 2", "Story 1", "Story 0"]
    assert third["more"] is False and third["next"] == ""


def test_unknown_story_is_a_json_404(api, db):
    response = api("/api/v1/items/DLN20990101000001325")
    assert response.status_code == 404
    assert "DLN20990101000001325" in response.json()["error"]
