"""Reading numbers and dates that visitors type into URLs and forms.

Python and the database accept far less than a URL can carry: a 20-digit
number overflows SQLite's integers, 9999-12-31 plus a day overflows `date`,
and "+99:00" is no time zone. These helpers turn all of that into "not a
valid value", which each view answers with its own 400 or 404.
"""

from datetime import UTC, date, datetime

from django import forms
from django.utils.dateparse import parse_datetime

from .text import strip_control

# The range of dates a newsroom filter or archive can mean. Both ends are far
# from the limits of `date`, so a day added or a time zone applied never
# overflows.
MIN_DATE = date(1900, 1, 1)
MAX_DATE = date(2999, 12, 31)
# Ids, revision and page numbers fit a signed 64-bit integer on every database.
MAX_INT = 2**63 - 1


def parse_int(value: object, minimum: int = 0, maximum: int = MAX_INT) -> int | None:
    """`value` as an int within [minimum, maximum], or None."""
    text = str(value or "").strip()
    if not text.isascii() or not text.lstrip("-").isdigit() or len(text) > 20:
        return None
    number = int(text)
    return number if minimum <= number <= maximum else None


def text_param(value: object, max_length: int = 200) -> str:
    """Typed text for a filter: control characters (NUL, which PostgreSQL
    refuses in text) dropped, whitespace collapsed, at most `max_length`."""
    return " ".join(strip_control(str(value or "")).split())[:max_length]


def parse_aware_datetime(value: str) -> datetime:
    """An ISO 8601 time with its offset, as UTC; ValueError says what is wrong."""
    try:
        when = parse_datetime(value)
    except ValueError:  # well-formed but impossible: February 30, offset +99:00
        when = None
    if when is None:
        raise ValueError("not a valid ISO 8601 time such as 2026-01-31T09:00:00Z")
    if when.tzinfo is None or when.utcoffset() is None:
        raise ValueError("needs a time zone, e.g. 2026-01-31T09:00:00Z or +09:00")
    if not MIN_DATE.year <= when.year <= MAX_DATE.year:
        raise ValueError(f"must be between the years {MIN_DATE.year} and {MAX_DATE.year}")
    return when.astimezone(UTC)


class DateField(forms.DateField):
    """A form date within MIN_DATE..MAX_DATE, so code that adds a day or a
    time zone to it never overflows."""

    def to_python(self, value: str | date | None) -> date | None:
        day = super().to_python(value)
        if day is not None and not MIN_DATE <= day <= MAX_DATE:
            raise forms.ValidationError(
                f"Enter a date between {MIN_DATE.year} and {MAX_DATE.year}.", code="out_of_range"
            )
        return day
