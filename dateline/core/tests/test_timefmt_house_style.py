from datetime import UTC, date, datetime

from dateline.core.timefmt import ap_date, display_time, iso


def test_utc_time_is_shown_in_the_newsroom_zone():
    # 08:40 UTC is 17:40 in Seoul, as on the seed page.
    moment = datetime(2021, 10, 28, 8, 40, tzinfo=UTC)
    assert display_time(moment) == "17:40 October 28, 2021"


def test_iso_carries_the_newsroom_offset():
    moment = datetime(2021, 10, 28, 8, 40, tzinfo=UTC)
    assert iso(moment) == "2021-10-28T17:40:00+09:00"


def test_ap_month_style():
    assert ap_date(10, 28) == "Oct. 28"
    assert ap_date(9, 9) == "Sept. 9"
    assert ap_date(3, 5) == "March 5"
    assert ap_date(7, 1) == "July 1"


def test_time_zone_setting_is_respected(settings):
    settings.TIME_ZONE = "America/New_York"
    moment = datetime(2021, 10, 28, 8, 40, tzinfo=UTC)
    assert display_time(moment) == "04:40 October 28, 2021"
    assert date(2021, 10, 28)  # the date part is unchanged here
