"""Date filters are newsroom days: "October 28" means October 28 in Seoul."""

from datetime import datetime, time, timedelta

from dateline.core.timefmt import newsroom_zone


def day_bounds(date_from, date_to):
    """UTC-aware [start, end) for an inclusive range of newsroom days."""
    zone = newsroom_zone()
    start = datetime.combine(date_from, time.min, tzinfo=zone) if date_from else None
    end = datetime.combine(date_to + timedelta(days=1), time.min, tzinfo=zone) if date_to else None
    return start, end
