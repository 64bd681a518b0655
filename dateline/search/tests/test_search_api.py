"""GET /api/search/: results as ninjs documents, clear JSON errors."""


def test_results_are_ninjs_best_first(client, published):
    published("Typhoon Khanun nears Busan", body=["The typhoon is expected to make landfall."])
    published("Port reopens after storm", body=["Officials said the typhoon had passed."])
    response = client.get("/api/search/", {"q": "typhoon"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    data = response.json()
    assert data["total"] == 2 and data["total_is_lower_bound"] is False
    first = data["items"][0]
    assert first["headlines"][0]["value"] == "Typhoon Khanun nears Busan"
    assert first["uri"].startswith("urn:") and first["pubstatus"] == "usable"


def test_ninjs_3_on_request(client, published):
    published("Typhoon warning")
    item = client.get("/api/search/", {"q": "typhoon", "ninjs": "3.0"}).json()["items"][0]
    assert "pubStatus" in item


def test_next_link_pages_through(client, published):
    for n in range(3):
        published(f"Heatwave day {n}")
    data = client.get("/api/search/", {"q": "heatwave", "per_page": "2", "sort": "date"}).json()
    assert len(data["items"]) == 2
    assert "page=2" in data["next"]
    second = client.get(data["next"]).json()
    assert len(second["items"]) == 1 and "next" not in second


def test_bad_requests_are_json_400s(client, db):
    for params, message in [
        ({"q": "x" * 10_000}, "limited to 300 characters"),
        ({"q": "x", "per_page": "500"}, "per_page"),
        ({"q": "x", "ninjs": "9"}, "ninjs"),
        ({}, "Give a query"),
        ({"q": "x", "date_from": "yesterday"}, "YYYY-MM-DD"),
    ]:
        response = client.get("/api/search/", params)
        assert response.status_code == 400, params
        assert message in response.json()["error"]


def test_korean_query_through_the_api(client, published):
    published("남북 정상, 종전선언 논의", language="ko")
    data = client.get("/api/search/", {"q": "종전선언"}).json()
    assert [i["headlines"][0]["value"] for i in data["items"]] == ["남북 정상, 종전선언 논의"]
    assert data["items"][0]["language"] == "ko"
