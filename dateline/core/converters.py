"""Path converters shared by every app's URLs.

Django's `<int:…>` matches any run of digits, and a 20-digit id or year then
overflows SQLite's integers or `date` inside the view (a 500). `<id:…>`
matches at most 18 digits, so anything longer is simply no page (404)."""

from django.urls import register_converter


class IdConverter:
    regex = "[0-9]{1,18}"

    def to_python(self, value: str) -> int:
        return int(value)

    def to_url(self, value: int | str) -> str:
        return str(int(value))


def register() -> None:
    register_converter(IdConverter, "id")
