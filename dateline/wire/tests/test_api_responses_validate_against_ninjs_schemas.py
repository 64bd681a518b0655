"""Every answer of the subscriber API is valid IPTC ninjs 2.1, or 3.0 on request."""

import pytest


@pytest.fixture
def newsroom(make_story, update_story, kill_story):
    first = make_story(
        keywords=["peace", "summit"],
        dateline_country="South Korea",
        slugline="KOREA-US-TALKS",
        ednote="Embargo lifted at 09:00",
    )
    update_story(first, headline="Seoul and Washington agree on peace declaration text", ednote="Adds agreement.")
    update_story(first, kind="correction", correction="An earlier version misspelt the minister's name.")
    killed = make_story("Story with a legal problem", section="economy")
    kill_story(killed)
    plain = make_story("A story with no dateline", dateline_city="", dateline_agency="", bylines=[])
    return first, killed, plain


@pytest.mark.parametrize("version", ["2.1", "3.0"])
def test_every_endpoint_answers_valid_ninjs(api, newsroom, assert_valid_ninjs, version):
    first, killed, plain = newsroom
    pages = [
        api("/api/v1/feed", ninjs=version),
        api("/api/v1/items", ninjs=version),
        api(f"/api/v1/items/{first.public_id}/versions", ninjs=version),
    ]
    singles = [api(f"/api/v1/items/{s.public_id}", ninjs=version) for s in newsroom]
    for response in pages + singles:
        assert response.status_code == 200, response.content
        assert response["X-Ninjs-Version"] == version
    documents = [doc for r in pages for doc in r.json()["items"]] + [r.json() for r in singles]
    assert len(documents) >= 10
    for doc in documents:
        assert_valid_ninjs(doc, version)


def test_accept_header_selects_ninjs_3(client, api_key, make_story, assert_valid_ninjs):
    story = make_story()
    response = client.get(
        f"/api/v1/items/{story.public_id}",
        HTTP_AUTHORIZATION=f"Bearer {api_key}",
        HTTP_ACCEPT="application/json; version=3.0",
    )
    doc = response.json()
    assert "versionCreated" in doc and "versioncreated" not in doc
    assert_valid_ninjs(doc, "3.0")


def test_unknown_ninjs_version_is_a_400_that_names_the_choices(api, make_story):
    response = api("/api/v1/items", ninjs="9.9")
    assert response.status_code == 400
    assert "2.1, 3.0" in response.json()["error"]
