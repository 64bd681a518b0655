"""Each purger speaks its cache's purge protocol."""

import json

import pytest

from dateline.edge.purgers import REGISTRY, PurgeError

KEYS = ["story-DLN20261128000001325", "home", "menu"]
URLS = ["http://news.example/view/DLN20261128000001325", "http://news.example/section/north-korea/"]


def test_varnish_sends_one_purge_with_the_keys(purge_server):
    REGISTRY["varnish"](purge_server.url).purge(KEYS, URLS)
    ((method, path, headers, _),) = purge_server.requests
    assert (method, path, headers["xkey-purge"]) == ("PURGE", "/", " ".join(KEYS))


def test_varnish_batches_many_keys(purge_server):
    many = [f"story-{n}" for n in range(250)]
    REGISTRY["varnish"](purge_server.url).purge(many, [])
    assert purge_server.keys() == many and len(purge_server.requests) == 3


def test_nginx_purges_each_url_path_and_a_404_is_no_error(purge_server):
    purge_server.status = 404
    REGISTRY["nginx"](purge_server.url).purge(KEYS, URLS)
    assert [(m, p) for m, p, _, _ in purge_server.requests] == [
        ("PURGE", "/view/DLN20261128000001325"),
        ("PURGE", "/section/north-korea/"),
    ]


def test_fastly_soft_purges_the_keys(purge_server, monkeypatch):
    monkeypatch.setenv("FASTLY_API_TOKEN", "test-token")
    monkeypatch.setattr("dateline.edge.purgers.fastly.API", purge_server.url)
    REGISTRY["fastly"]("SERVICE1").purge(KEYS, URLS)
    ((method, path, headers, body),) = purge_server.requests
    assert (method, path) == ("POST", "/service/SERVICE1/purge")
    assert headers["fastly-key"] == "test-token" and headers["fastly-soft-purge"] == "1"
    assert json.loads(body) == {"surrogate_keys": KEYS}


@pytest.mark.parametrize(("name", "field", "items"), [("cloudflare", "tags", KEYS), ("cloudflare-urls", "files", URLS)])
def test_cloudflare_purges_by_tag_or_url(purge_server, monkeypatch, name, field, items):
    monkeypatch.setenv("CLOUDFLARE_API_TOKEN", "cf-token")
    monkeypatch.setattr("dateline.edge.purgers.cloudflare.API", purge_server.url)
    REGISTRY[name]("ZONE1").purge(KEYS, URLS)
    ((method, path, headers, body),) = purge_server.requests
    assert (method, path, headers["authorization"]) == ("POST", "/zones/ZONE1/purge_cache", "Bearer cf-token")
    assert json.loads(body) == {field: items}


@pytest.mark.parametrize("name", ["fastly", "cloudflare"])
def test_a_cdn_purger_without_its_token_says_so(name, monkeypatch):
    monkeypatch.delenv("FASTLY_API_TOKEN", raising=False)
    monkeypatch.delenv("CLOUDFLARE_API_TOKEN", raising=False)
    with pytest.raises(PurgeError, match="API_TOKEN is not set"):
        REGISTRY[name]("X").purge(KEYS, URLS)
