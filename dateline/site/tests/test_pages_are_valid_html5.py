"""Public pages parse as HTML5 without a single parse error, and have the
landmarks assistive technology navigates by."""

import html5lib
import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def paths(make_story):
    story = make_story(headline="Rail strike ends after pay deal", section="national", keywords=["rail"])
    return ["/", "/section/national/", story.get_absolute_url(), "/no-such-page/"]


def test_pages_parse_strictly(client, paths):
    parser = html5lib.HTMLParser(strict=True)
    for path in paths:
        html = client.get(path).content.decode()
        try:
            parser.parse(html)
        except html5lib.html5parser.ParseError as exc:
            line = parser.errors[0][0][0] if parser.errors else "?"
            pytest.fail(f"{path}: {exc} at line {line}: {html.splitlines()[int(line) - 1] if line != '?' else ''}")


def test_pages_have_landmarks_and_one_h1(client, paths):
    for path in paths:
        html = client.get(path).content.decode()
        assert html.count("<main") == 1, path
        assert "<nav" in html and "<header" in html and "<footer" in html, path
        assert html.count("<h1") == 1, path
        assert '<html lang="' in html, path
