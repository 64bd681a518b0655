"""The photo archive is searchable through the configured backend (SQLite
FTS5 here, PostgreSQL with DATABASE_URL) by caption, credit, keyword and
date; only published photos are found."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from dateline.search.backends import get_backend
from dateline.search.photos import sync_photo
from dateline.search.query import SearchQuery

pytestmark = pytest.mark.django_db
SEOUL = ZoneInfo("Asia/Seoul")


def found(**kwargs):
    return get_backend().search_photos(SearchQuery(**kwargs)).photo_ids


def test_found_by_a_word_of_the_caption(indexed_photo):
    flood = indexed_photo("Floodwater covers a street in Gwangju after monsoon rains.")
    indexed_photo("A crowd watches fireworks over the Han River.")
    assert found(text="monsoon") == [flood.pk]
    assert found(text="floodwaters") == [flood.pk]  # stemmed, as story search is


def test_found_by_credit_and_creator(indexed_photo):
    agency = indexed_photo("Delegates arrive.", credit_line="Kyodo")
    person = indexed_photo("Delegates leave.", credit_line="Yonhap", creator="Park Ji-won")
    assert found(text="Kyodo") == [agency.pk]
    assert found(text="Park Ji-won") == [person.pk]


def test_keyword_filter_matches_the_whole_keyword_only(indexed_photo):
    tagged = indexed_photo("Harvest.", keywords=["rice farming"])
    indexed_photo("Rice cakes on sale.", keywords=["food"])
    assert found(keyword="rice farming") == [tagged.pk]
    assert found(keyword="rice") == []
    assert found(text="farming") == [tagged.pk]  # keywords are words too


def test_date_filter_uses_the_day_taken_in_the_newsroom_zone(indexed_photo):
    old = indexed_photo("Archive picture.", date_created=datetime(1953, 7, 27, 10, 0, tzinfo=SEOUL))
    new = indexed_photo("Archive picture.", date_created=datetime(2021, 10, 28, 23, 30, tzinfo=SEOUL))
    assert found(text="archive", date_from=date(2021, 10, 28), date_to=date(2021, 10, 28)) == [new.pk]
    assert found(date_from=date(1953, 7, 1), date_to=date(1953, 7, 31)) == [old.pk]  # a date range alone
    assert found(text="archive", sort="date") == [new.pk, old.pk]


def test_drafts_and_withdrawn_photos_are_not_found(indexed_photo, make_photo):
    draft = indexed_photo("A lighthouse at dusk.", status="draft")
    shown = indexed_photo("A lighthouse at dawn.")
    assert found(text="lighthouse") == [shown.pk]
    from dateline.photos.actions import WithdrawPhoto
    from dateline.stories.actions import Actor

    WithdrawPhoto(shown, actor=Actor.system("test", via="test")).execute()
    sync_photo(shown.pk)  # what the photo desk's signal does once the withdrawal commits
    assert found(text="lighthouse") == []
    assert draft.pk not in found(text="dusk")


def test_query_syntax_is_never_passed_to_the_engine(indexed_photo):
    photo = indexed_photo('He said "no" (twice) OR NOT; DROP TABLE photos')
    # Operators and brackets are plain words; quotes make a phrase.
    assert found(text='"said no" OR NOT) (*') == [photo.pk]
    assert found(text='"said twice"') == []


def test_paging_and_count(indexed_photo):
    for n in range(5):
        indexed_photo(f"Marathon runner number {n}.")
    backend = get_backend()
    first = backend.search_photos(SearchQuery(text="marathon", per_page=2))
    third = backend.search_photos(SearchQuery(text="marathon", per_page=2, page=3))
    assert first.total == 5 and len(first.photo_ids) == 2 and len(third.photo_ids) == 1
    assert set(first.photo_ids).isdisjoint(third.photo_ids)


def test_the_index_follows_the_photo_desk(make_photo, django_capture_on_commit_callbacks):
    from dateline.photos.actions import EditPhoto, PublishPhoto, WithdrawPhoto
    from dateline.stories.actions import Actor

    desk = Actor.system("test", via="test")
    photo = make_photo("A kite festival on the beach.", status="draft")
    assert found(text="kite") == []
    with django_capture_on_commit_callbacks(execute=True):
        photo = PublishPhoto(photo, actor=desk).execute()
    assert found(text="kite") == [photo.pk]
    with django_capture_on_commit_callbacks(execute=True):
        photo = EditPhoto(photo, {"caption": "A paper lantern parade."}, actor=desk).execute()
    assert found(text="kite") == [] and found(text="lantern") == [photo.pk]
    with django_capture_on_commit_callbacks(execute=True):
        WithdrawPhoto(photo, actor=desk).execute()
    assert found(text="lantern") == []


@pytest.mark.parametrize("action", ["photo.renditions", "photo.focal_point"])
def test_changes_the_index_does_not_hold_write_nothing(indexed_photo, action, monkeypatch):
    # Renditions are made from a background thread after every upload; a
    # re-index for them was a database write racing the desk's own.
    from dateline.photos.models import Photo
    from dateline.photos.signals import photo_changed
    from dateline.search import photos as photo_index

    photo = indexed_photo()
    calls = []
    monkeypatch.setattr(photo_index, "sync_photo", lambda pk, backend=None: calls.append(pk))
    photo_changed.send(sender=Photo, photo=photo, action=action, actor=None)
    assert calls == []
    photo_changed.send(sender=Photo, photo=photo, action="photo.edit", actor=None)
    assert calls == [photo.pk]
