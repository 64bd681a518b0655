"""Korean, Chinese and Japanese stories are found by queries in their script."""

from dateline.search.text import segment


def test_cjk_runs_become_overlapping_bigrams():
    assert segment("종전선언을 논의").split() == ["종전", "전선", "선언", "언을", "논의"]
    assert segment("North 北京 talks").split() == ["North", "北京", "talks"]


def test_korean_query_finds_korean_story(published, search_ids):
    published("남북 정상, 종전선언 논의", language="ko", body=["청와대는 28일 종전선언에 대해 밝혔다."])
    published("Seoul weather", body=["Sunny."])
    assert search_ids("종전선언") == ["남북 정상, 종전선언 논의"]
    assert search_ids("종전") == ["남북 정상, 종전선언 논의"]
    assert search_ids("선언 논의") == ["남북 정상, 종전선언 논의"]
    assert search_ids("평화협정") == []


def test_chinese_and_japanese_queries(published, search_ids):
    published("朝鲜半岛和平进程", language="zh", body=["双方在北京举行会谈。"])
    published("東京で首脳会談", language="ja", body=["両国は協力を確認した。"])
    assert search_ids("北京") == ["朝鲜半岛和平进程"]
    assert search_ids("首脳会談") == ["東京で首脳会談"]
    assert search_ids("協力") == ["東京で首脳会談"]


def test_single_character_query_matches_as_prefix(published, search_ids):
    published("북한 미사일 발사", language="ko")
    assert search_ids("북") == ["북한 미사일 발사"]


def test_mixed_script_query(published, search_ids):
    published("KTX역 개통", language="ko", body=["새 KTX역이 문을 열었다."])
    assert search_ids("KTX역") == ["KTX역 개통"]


def test_plain_text_of_stored_paragraphs():
    from dateline.search.text import plain

    assert plain("A <em>big</em> day<br>for &amp; against") == "A big day for & against"
