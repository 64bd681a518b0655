"""Filters narrow results by section, byline, keyword and newsroom date."""

from datetime import date, datetime, timedelta

from dateline.core.timefmt import newsroom_zone


def seoul(y, m, d, h=12):
    return datetime(y, m, d, h, tzinfo=newsroom_zone())


def test_section_filter(published, search_ids):
    published("Missile launch reported", section="north-korea")
    published("Missile defence budget rises", section="politics")
    assert search_ids("missile", section="politics") == ["Missile defence budget rises"]


def test_byline_filter_matches_the_whole_name(published, search_ids):
    published("Rail link talks", bylines=["Kim Eun-jung"])
    published("Rail fares rise", bylines=["Kim Soo-yeon"])
    assert search_ids("rail", byline="Kim Eun-jung") == ["Rail link talks"]
    assert search_ids("rail", byline="Kim") == []


def test_keyword_filter(published, search_ids):
    published("Ministers meet", keywords=["trade", "Japan"])
    published("Ministers resign", keywords=["scandal"])
    assert search_ids("ministers", keyword="japan") == ["Ministers meet"]


def test_date_range_uses_newsroom_days_inclusive(published, search_ids):
    published("Flood warning issued", at=seoul(2024, 7, 1, 0) + timedelta(minutes=30))
    published("Flood waters recede", at=seoul(2024, 7, 3, 23))
    published("Flood aid arrives", at=seoul(2024, 7, 5))
    assert sorted(search_ids("flood", date_from=date(2024, 7, 1), date_to=date(2024, 7, 3))) == [
        "Flood warning issued",
        "Flood waters recede",
    ]
    assert search_ids("flood", date_from=date(2024, 7, 4)) == ["Flood aid arrives"]


def test_filters_without_words_list_matching_stories(published, search_ids):
    published("Budget passes", section="politics", at=seoul(2024, 5, 2))
    published("Budget debate", section="politics", at=seoul(2024, 5, 1))
    published("Launch", section="north-korea", at=seoul(2024, 5, 2))
    assert search_ids("", section="politics") == ["Budget passes", "Budget debate"]
    assert search_ids("", date_from=date(2024, 5, 2), date_to=date(2024, 5, 2)) in (
        ["Budget passes", "Launch"],
        ["Launch", "Budget passes"],
    )
