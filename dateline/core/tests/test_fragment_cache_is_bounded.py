"""dateline.core.fragments: a fragment is rendered once per key, and the
memory holds at most `size` of them."""

from dateline.core.fragments import FragmentCache


def test_renders_once_per_key():
    calls = []
    cache = FragmentCache(lambda value: calls.append(value) or f"<li>{value}</li>", size=8)
    assert cache.get(("a", 1), "a") == "<li>a</li>"
    assert cache.get(("a", 1), "a") == "<li>a</li>"
    assert cache.get(("a", 2), "a") == "<li>a</li>"
    assert calls == ["a", "a"]


def test_the_oldest_half_goes_when_full():
    cache = FragmentCache(str, size=4)
    for n in range(4):
        cache.get(n, n)
    cache.get(4, 4)
    assert len(cache) == 3  # 0 and 1 dropped, 4 added
    calls = []
    cache.render = lambda value: calls.append(value) or str(value)
    for n in (2, 3, 4):
        cache.get(n, n)
    assert calls == []
    cache.get(0, 0)
    assert calls == [0]


def test_frozen_keys_hold_all_the_data_whatever_its_order():
    from dateline.core.fragments import frozen

    one = frozen({"a": [1, 2], "b": {"c": "d"}, "e": ()})
    assert one == frozen({"e": (), "b": {"c": "d"}, "a": [1, 2]})
    assert one != frozen({"a": [1, 2], "b": {"c": "x"}, "e": ()})
    hash(one)
