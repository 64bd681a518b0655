"""House style for times and dates.

Times are stored in UTC and shown in the newsroom's zone (settings.TIME_ZONE).
Datelines follow AP month style: "Oct. 28", "March 5", "Sept. 9".
"""

from datetime import datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

from django.conf import settings

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
AP_MONTHS = (
    "Jan.",
    "Feb.",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
)


@lru_cache(maxsize=8)
def _zone(name):
    return ZoneInfo(name)


def newsroom_zone() -> ZoneInfo:
    return _zone(settings.TIME_ZONE)


def to_newsroom(dt: datetime) -> datetime:
    return dt.astimezone(newsroom_zone())


def display_time(dt: datetime | None) -> str:
    """ "17:40 October 28, 2021", as on the article's section/time line."""
    if dt is None:
        return ""
    local = to_newsroom(dt)
    return f"{local:%H:%M} {MONTHS[local.month - 1]} {local.day}, {local.year}"


def display_date(dt: datetime | None) -> str:
    if dt is None:
        return ""
    local = to_newsroom(dt)
    return f"{MONTHS[local.month - 1]} {local.day}, {local.year}"


def ap_date(month: int, day: int) -> str:
    """ "Oct. 28" """
    return f"{AP_MONTHS[month - 1]} {day}"


def iso(dt: datetime | None) -> str:
    """ISO 8601 with the newsroom's offset, as schema.org and Open Graph want."""
    if dt is None:
        return ""
    return to_newsroom(dt).isoformat(timespec="seconds")
