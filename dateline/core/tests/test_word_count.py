"""One way of counting words for ingest checks, benchmarks and word counts."""

from collections import Counter

from dateline.core.words import body_words, count_words, html_words, missing_words, words


def test_compounds_numbers_and_abbreviations_are_one_word_each():
    assert words("Frank-Walter Steinmeier's U.S. visit cost $1,205.50 on 23.01.2025.") == [
        "Frank-Walter",
        "Steinmeier's",
        "U.S",
        "visit",
        "cost",
        "1,205.50",
        "on",
        "23.01.2025",
    ]
    assert count_words("«Russlands blutiger Angriffskrieg» – sagte er") == 5


def test_markup_is_not_counted_and_cells_stay_apart():
    assert html_words("<p>Rams <b>54</b>, Chiefs&nbsp;51</p>") == ["Rams", "54", "Chiefs", "51"]
    table = "<table><tr><td>Besiktas</td><td>44</td></tr></table>"
    assert body_words(["Results:", table]) == ["Results", "Besiktas", "44"]


def test_missing_words_counts_what_no_kept_list_holds():
    source = words("Berlin dpa talks talks end")
    assert missing_words(source, ["berlin", "talks"], ["DPA", "end"]) == Counter({"talks": 1})
    assert not missing_words(source, source)


def test_rule_lines_are_no_words_and_underscores_join_words():
    assert words("___ ---- ==") == []
    assert words("snake_case and __init__") == ["snake_case", "and", "init"]
