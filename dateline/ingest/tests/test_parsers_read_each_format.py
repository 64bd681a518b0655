"""Each parser reads its format, from the IPTC's examples and Dateline's own samples."""

import pytest

from dateline.ingest import parsers
from dateline.ingest.parsers import IngestedPicture


def test_registry_holds_every_format_behind_one_interface():
    assert set(parsers.REGISTRY) == {
        "ninjs1",
        "ninjs2",
        "ninjs3",
        "newsml",
        "newsml12",
        "nitf",
        "feed",
        "anpa",
        "pasted",
        "dpa-digitalwires",
        "ap-media",
    }
    for parser in parsers.REGISTRY.values():
        assert isinstance(parser, parsers.Parser) and parser.label


@pytest.mark.parametrize(
    "name, expected",
    [
        ("agency_ninjs2.json", "ninjs2"),
        ("agency_ninjs3.json", "ninjs3"),
        ("agency_rss.xml", "feed"),
        ("agency_atom.xml", "feed"),
        ("anpa_writethru.txt", "anpa"),
        ("iptc7901_two.txt", "anpa"),
    ],
)
def test_detect_picks_the_right_parser(sample, name, expected):
    assert parsers.detect(sample(name), name).name == expected


def test_iptc_ninjs_examples_parse(standards_dir):
    examples = sorted((standards_dir / "ninjs" / "examples").glob("*.json"))
    assert len(examples) >= 20
    texts = pictures = 0
    for path in examples:
        data = path.read_bytes()
        parser = parsers.detect(data, path.name)
        assert parser.name in ("ninjs2", "ninjs3"), path.name
        (item,) = parser.parse(data)
        assert item.original_id, path.name
        if isinstance(item, IngestedPicture):  # "type": "picture": for the photo desk
            pictures += 1
            assert item.picture.url, path.name
        else:
            texts += bool(item.paragraphs)
    assert texts >= 12 and pictures == 6


def test_iptc_ninjs_3_text_article(standards_dir):
    data = (standards_dir / "ninjs/examples/doc-3.1_004_simple_text_article.json").read_bytes()
    (item,) = parsers.get("ninjs3").parse(data)
    assert item.headline == "Captain of wrecked cruise ship on trial in Italy"
    assert item.bylines == ["Paulo Santalucia", "Frances d'Emilio"]
    assert item.dateline_city == "Grosseto" and item.dateline_country == "Italy" and item.dateline_agency == "AP"
    assert item.paragraphs[0].startswith("The trial of the captain")
    assert len(item.paragraphs) == 4 and item.markup


def test_own_ninjs2_sample(sample):
    (item,) = parsers.get("ninjs2").parse(sample("agency_ninjs2.json"))
    assert (item.original_id, item.original_version) == ("urn:newsml:example-agency.com:20261028:KOREA-TALKS", "2")
    assert item.bylines == ["Kim Eun-jung", "Lee Ha-won"]
    assert item.dateline_city == "Seoul" and item.urgency == 3 and item.section_name == "North Korea"
    assert item.keywords == ["diplomacy"] and item.slugline == "KOREA-TALKS"
    assert item.version_created.isoformat() == "2026-10-28T09:15:00+00:00"
    assert all("script" not in p for p in item.paragraphs)


def test_own_ninjs3_batch(sample):
    first, second = parsers.get("ninjs3").parse(sample("agency_ninjs3.json"))
    assert first.dateline_city == "Sejong" and first.paragraphs == [
        "Exports rose 5 percent.",
        "Chip sales led the rise.",
    ]
    assert second.headline == "Won weakens against the dollar"


def test_iptc_newsml_text_document(standards_dir):
    data = (standards_dir / "newsml-g2/LISTING_2_NewsML-G2_Text_Document.xml").read_bytes()
    assert parsers.detect(data).name == "newsml"
    (item,) = parsers.get("newsml").parse(data)
    assert item.original_id == "urn:newsml:acmenews.com:20161121:US-FINANCE-FED" and item.original_version == "11"
    assert item.headline == 'Fed to halt QE to avert "bubble"'
    assert item.bylines == ["Meredith Jameson"] and item.dateline_city == "New York, NY"
    assert len(item.paragraphs) == 2 and item.language == "en-US" and item.slugline == "US-Finance-Fed"
    assert item.version_created.isoformat() == "2018-11-21T16:25:32-05:00"


def test_iptc_newsml_item_without_body_is_reported_missing_one(standards_dir):
    data = (standards_dir / "newsml-g2/LISTING_1_A_NewsML-G2_News_Item.xml").read_bytes()
    (item,) = parsers.get("newsml").parse(data)
    assert item.dateline_city == "Berlin" and item.dateline_country == "Germany"
    assert "STRICTLY EMBARGOED" in item.ednote
    assert item.problems() == ["missing a body"]


def test_rss_and_atom(sample):
    typhoon, rail = parsers.get("feed").parse(sample("agency_rss.xml"))
    assert typhoon.original_id == "example-typhoon-1" and typhoon.section_name == "National"
    assert typhoon.paragraphs == ["A typhoon neared the coast.", "Ferries were cancelled."]
    assert (typhoon.dateline_city, typhoon.dateline_agency) == ("Busan", "Example")
    assert typhoon.keywords == ["weather"] and typhoon.version_created.isoformat() == "2026-10-28T01:00:00+00:00"
    assert rail.paragraphs == ["Unions and management reached a deal overnight."]
    (bank,) = parsers.get("feed").parse(sample("agency_atom.xml"))
    assert bank.bylines == ["Han Ye-jin"] and len(bank.paragraphs) == 2
    assert bank.version_created > bank.first_created


def test_anpa_writethru(sample):
    (item,) = parsers.get("anpa").parse(sample("anpa_writethru.txt"))
    assert item.original_id == "a:BC-Korea-Talks" and item.original_version == "2"
    assert item.headline == "Seoul and Washington agree on peace declaration text"
    assert item.bylines == ["Kim Eun-jung"] and item.urgency == 4
    assert item.dateline_city == "Seoul" and item.dateline_agency == "Example"
    assert item.paragraphs == [
        "Officials from both countries agreed on the text on Thursday.",
        "The declaration will be signed next week, a ministry spokesperson said.",
    ]
    assert item.version_created.isoformat() == "2026-10-28T17:40:00+09:00"


def test_iptc_7901_file_with_two_messages(sample):
    budget, stocks = parsers.get("anpa").parse(sample("iptc7901_two.txt"))
    assert budget.original_id == "EXA:0021" and budget.urgency == 2 and budget.bylines == ["Lee Ha-won"]
    assert budget.dateline_city == "Seoul" and budget.paragraphs[-1] == "The vote was 180 to 95."
    assert stocks.headline == "Stocks close higher" and stocks.urgency == 4


def test_pasted_page_text_parser_wraps_the_importer(seed_text):
    data = seed_text.encode("utf-8")
    assert parsers.detect(data, "page.txt").name == "pasted"
    (item,) = parsers.get("pasted").parse(data)
    assert item.headline and len(item.paragraphs) > 3 and item.original_id.startswith("text:")
    assert item.problems() == []


def test_a_ninjs_batch_may_mix_2_and_3(sample):
    import json

    mixed = json.loads(sample("agency_ninjs3.json"))[:1] + [json.loads(sample("agency_ninjs2.json"))]
    data = json.dumps(mixed).encode()
    v3, v2 = parsers.detect(data).parse(data)
    assert v3.version_created.isoformat() == "2026-10-28T10:00:00+09:00" and v3.bylines == ["Park Ji-won"]
    assert v2.version_created.isoformat() == "2026-10-28T09:15:00+00:00" and v2.ednote.startswith("Adds")
