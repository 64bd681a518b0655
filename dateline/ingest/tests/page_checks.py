"""Reading the labelled test pages in ``pages/`` and checking the parser
against their labels, field by field (shared by the test and the bench)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from dateline.ingest.pasted import NoArticleFound, parse_page_text

PAGES = Path(__file__).resolve().parent / "pages"
FIELDS = (
    "headline",
    "byline",
    "dateline",
    "published",
    "credit",
    "first",
    "last",
    "captions",
    "furniture",
    "paragraphs",
)
_SINGLE = {"layout", "headline", "byline", "dateline", "published", "credit", "paragraphs", "first", "last"}


@dataclass
class Page:
    name: str
    text: str
    labels: dict = field(default_factory=dict)
    captions: list = field(default_factory=list)
    furniture: list = field(default_factory=list)
    known_misses: set = field(default_factory=set)


def load(path: Path) -> Page:
    head, _, text = path.read_text(encoding="utf-8").partition("\n=====\n")
    page = Page(path.stem, text)
    for line in head.splitlines():
        key, _, value = line.partition(": ")
        if key == "caption":
            page.captions.append(value)
        elif key == "not-in-body":
            page.furniture.append(value)
        elif key == "known-miss":
            page.known_misses = {f.strip() for f in value.split(",")}
        elif key in _SINGLE:
            page.labels[key] = value
        else:
            raise ValueError(f"{path.name}: unknown label {line!r}")
    missing = _SINGLE - set(page.labels)
    if missing:
        raise ValueError(f"{path.name}: missing labels {sorted(missing)}")
    return page


def all_pages(first: int = 0) -> list[Page]:
    """Every labelled page, or those numbered ``first`` and up (a batch)."""
    return [load(p) for p in sorted(PAGES.glob("*.txt")) if int(p.name.split("_")[0]) >= first]


def check(page: Page) -> dict[str, tuple[bool, object, object]]:
    """Field -> (passed, expected, got). A parser crash fails every field."""
    try:
        story = parse_page_text(page.text)
    except NoArticleFound as exc:
        return {f: (False, "an article", f"refused: {exc}") for f in FIELDS}
    except Exception as exc:  # a crash fails every field and is named, never stops the run
        return {f: (False, "an article", f"crashed: {exc!r}") for f in FIELDS}
    got = {
        "headline": story.headline,
        "byline": "; ".join(story.bylines) or "none",
        "dateline": story.dateline.raw if story.dateline else "none",
        "published": story.published.strftime("%Y-%m-%d %H:%M") if story.published else "unknown",
        "credit": getattr(story, "credit", "") or "none",
        "first": story.paragraphs[0] if story.paragraphs else "",
        "last": story.paragraphs[-1] if story.paragraphs else "",
        "paragraphs": str(len(story.paragraphs)),
    }
    result = {key: (got[key] == page.labels[key], page.labels[key], got[key]) for key in got}
    result["captions"] = (story.captions == page.captions, page.captions, story.captions)
    leaked = [f for f in page.furniture if any(f in p for p in story.paragraphs)]
    result["furniture"] = (not leaked, [], leaked)
    return result
