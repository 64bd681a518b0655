"""Every output writes the story's language as its own standard asks, whatever
spelling the story arrived with: ISO 639 in the Google News sitemap (zh-cn,
zh-tw for Chinese), BCP 47 in ninjs, NewsML-G2 and the article page, the
lower-case RSS code for the RSS channel and xml:lang in Atom."""

import json
import re

import feedparser
from lxml import etree

from dateline.wire.newsml import NAR, to_newsml_bytes

SM = {"n": "http://www.google.com/schemas/sitemap-news/0.9"}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def test_news_sitemap_writes_iso_639_codes(client, make_story):
    for language in ("fi-FI", "nb_NO", "zh-Hant-TW", "zh_CN", "DE"):
        make_story(f"Story in {language}", language=language)
    doc = etree.fromstring(client.get("/news-sitemap.xml").content)
    written = {
        url.findtext("n:news/n:title", namespaces=SM): url.findtext("n:news/n:publication/n:language", namespaces=SM)
        for url in doc.findall("{http://www.sitemaps.org/schemas/sitemap/0.9}url")
    }
    assert written == {
        "Story in fi-FI": "fi",
        "Story in nb_NO": "nb",
        "Story in zh-Hant-TW": "zh-tw",
        "Story in zh_CN": "zh-cn",
        "Story in DE": "de",
    }


def test_ninjs_writes_bcp47(api, make_story):
    story = make_story(language="nb_no")
    assert api(f"/api/v1/items/{story.public_id}").json()["language"] == "nb-NO"


def test_newsml_writes_bcp47_in_xml_lang_and_language_tag(make_story):
    story = make_story(language="fi_fi")
    doc = etree.fromstring(to_newsml_bytes(story, story.live))
    assert doc.get(XML_LANG) == "fi-FI"
    assert doc.find(f"{{{NAR}}}contentMeta/{{{NAR}}}language").get("tag") == "fi-FI"


def test_rss_channel_language_is_the_lower_case_code_and_atom_carries_xml_lang(client, make_story, settings):
    settings.LANGUAGE_CODE = "nb_NO"
    make_story()
    rss = etree.fromstring(client.get("/rss.xml").content)
    assert rss.findtext("channel/language") == "nb-no"
    assert feedparser.parse(client.get("/rss.xml").content).feed.language == "nb-no"
    atom = etree.fromstring(client.get("/atom.xml").content)
    assert atom.get(XML_LANG) == "nb-NO"


def test_article_page_lang_jsonld_and_og_locale(client, make_story):
    story = make_story(language="fi_fi")
    html = client.get(story.get_absolute_url()).content.decode()
    assert '<html lang="fi-FI"' in html
    assert '<meta property="og:locale" content="fi_FI">' in html
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    assert data["inLanguage"] == "fi-FI"
