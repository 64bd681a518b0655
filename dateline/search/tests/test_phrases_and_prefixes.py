"""Phrases and prefixes give the same answers whatever shortcut the backend
takes (PostgreSQL asks an index of word pairs for phrases and expands a
prefix into the words it stands for)."""

import pytest

BODY = ["Filler sentence for the story body."]


def test_phrase_with_a_stop_word_inside_matches_only_in_order(published, search_ids):
    published("The cost of restoration is rising", body=BODY)
    published("Restoration cost falls", body=["The cost was lower; restoration is slow."])
    assert search_ids('"cost of restoration"') == ["The cost of restoration is rising"]


def test_long_phrase_needs_every_pair_in_place(published, search_ids):
    published("Fighting near the border resumes", body=BODY)
    published("Border towns near fighting", body=["Fighting continued; the border was near."])
    assert search_ids('"fighting near the border"') == ["Fighting near the border resumes"]
    assert search_ids('"near the border"') == ["Fighting near the border resumes"]


def test_phrase_across_paragraphs_and_in_body(published, search_ids):
    published("Talks end", body=["Officials discussed the end-of-war declaration at length.", "Nothing else."])
    assert search_ids('"end-of-war declaration"') == ["Talks end"]
    assert search_ids("end-of-war") == ["Talks end"]


def test_cjk_phrase_of_bigrams(published, search_ids):
    published("남북 이산가족 상봉 추진", body=BODY)
    published("이산 문제와 가족 문제", body=BODY)
    assert search_ids("이산가족") == ["남북 이산가족 상봉 추진"]


def test_prefix_finds_every_word_it_begins(published, search_ids):
    published("Ministry issues statement", body=BODY)
    published("Minister resigns", body=BODY)
    published("Mining output rises", body=BODY)
    assert sorted(search_ids("minist*")) == ["Minister resigns", "Ministry issues statement"]


def test_prefix_of_a_word_published_after_the_last_rebuild(published, search_ids):
    published("Zyxwvut festival opens", body=BODY)
    assert search_ids("zyxw*") == ["Zyxwvut festival opens"]
    assert search_ids("zyxq*") == []


def test_prefix_standing_for_many_words_still_matches(published, search_ids, monkeypatch):
    from dateline.search.backends import postgres

    monkeypatch.setattr(postgres, "MAX_PREFIX_WORDS", 1)
    published("Ministry issues statement", body=BODY)
    published("Minister resigns", body=BODY)
    assert sorted(search_ids("minist*")) == ["Minister resigns", "Ministry issues statement"]


@pytest.mark.parametrize("text", ["o'neil*", "back\\slash*", '"it\'s a back\\slash"'])
def test_quotes_and_backslashes_in_words_are_harmless(published, search_ids, text):
    published("O'Neil meets the press", body=["A back\\slash and it's fine."])
    search_ids(text)  # must not raise


@pytest.mark.parametrize("verify_all", [0, 300])
def test_stories_with_the_pairs_but_not_the_phrase_are_left_out(published, search_ids, monkeypatch, verify_all):
    # Both pairs of "south korean president" stand in the second story, but
    # never together: only the first has the phrase.
    from dateline.search.backends import postgres

    monkeypatch.setattr(postgres, "VERIFY_ALL", verify_all)
    published("South Korean president visits Tokyo", body=BODY)
    published("Officials meet", body=["South Korean officials met; the Korean president was away."])
    assert search_ids('"south korean president"') == ["South Korean president visits Tokyo"]
    assert search_ids('"south korean president"', sort="date") == ["South Korean president visits Tokyo"]


@pytest.mark.parametrize("verify_all", [0, 300])
def test_a_stop_word_inside_a_phrase_is_part_of_it(published, monkeypatch, verify_all):
    # PostgreSQL's pairs record the gap a stop word leaves, so "within party"
    # does not even take the story saying "within the party" as a candidate:
    # with no candidates checked in place, the count shows it.
    from dateline.search.backends import get_backend, postgres
    from dateline.search.query import SearchQuery

    monkeypatch.setattr(postgres, "VERIFY_ALL", verify_all)
    with_the = published("Infighting within the party deepens", body=BODY)
    without = published("Infighting within party ranks", body=BODY)
    for text, story in [('"infighting within party"', without), ('"infighting within the party"', with_the)]:
        results = get_backend().search(SearchQuery(text=text))
        assert [h.story_id for h in results.hits] == [story.pk]
        assert results.total == 1


@pytest.mark.parametrize(
    "text",
    [
        "infighting within the party",
        "the end-of-war declaration was signed",
        "Kim Jong-un said",
        "fighting near border",
        "남북 이산가족 상봉",
    ],
)
def test_a_phrase_asks_for_the_pairs_indexing_writes(db, text):
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("word pairs are PostgreSQL's")
    from dateline.search.backends import get_backend
    from dateline.search.text import segment

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT tsvector_to_array(dateline_word_pairs(setweight(to_tsvector('english', %s), 'C')))", [segment(text)]
        )
        written = set(cursor.fetchone()[0])
    assert written == set(get_backend()._pairs(segment(text)))
    assert written  # every text here has pairs


def test_a_prefix_is_looked_up_as_the_index_words_it_begins(published):
    # The answers above are the same whether a prefix is expanded from the
    # vocabulary or matched as a prefix; this pins the expansion itself.
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("the vocabulary is PostgreSQL's")
    from dateline.search.backends import get_backend

    published("Ministry issues statement", body=BODY)
    published("Minister resigns", body=BODY)
    published("Zyxwvut festival opens", body=BODY)  # indexed after the last rebuild
    backend = get_backend()
    assert backend._prefix_words("minist") == ["minist", "ministri"]
    assert backend._prefix_words("zyxw") == ["zyxwvut"]
    assert backend._prefix_words("qqqq") is None  # no such word: matched as a prefix, finding none
    assert backend._prefix_words("end-of") is None  # stems to several words
