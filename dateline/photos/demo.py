"""Demo photos for `dateline load-demo`: pictures drawn at load time with
Pillow (skies, seas, buildings and shapes, with a "Dateline demo image"
label), so the demo needs no network and ships no image files. They are
made by Dateline and dedicated to the public domain (CC0 1.0), as the rest
of the demo content is (docs/demo-data.md).

The stories' demo loader asks registered providers for extra fields of each
story before it creates it (`register_demo_fields`); this one makes the
story's photos through the photo desk's own door (`add_photo`, then
`PublishPhoto`), cuts their renditions at once, and gives their ids.
Drawing is deterministic, so loading again finds the same photos (same
bytes, same sha256) rather than making new ones.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from PIL import Image, ImageDraw, ImageFont

# Large enough for every crop at 1,280 px (Discover asks for 1,200), small
# enough to cut quickly during the load.
WIDTH, HEIGHT = 1600, 1280
LICENCE = "CC0 1.0: made by Dateline for its demo, no rights reserved."
CREDIT = "Dateline demo"


@dataclass(frozen=True)
class Scene:
    key: str
    caption: str
    alt: str
    headline: str
    sky: tuple[tuple[int, int, int], tuple[int, int, int]]
    ground: tuple[tuple[int, int, int], tuple[int, int, int]]
    horizon: float = 0.62  # fraction of the height
    sun: tuple[float, float, float, tuple[int, int, int]] | None = None  # x, y, radius (fractions), colour
    shapes: tuple = ()  # ("rect"|"ellipse"|"poly", points as fractions, colour)
    rain: bool = False
    keywords: tuple[str, ...] = ()
    city: str = ""
    country: str = "South Korea"
    focal: tuple[float, float] = (0.5, 0.5)
    creator: str = "Dateline Photo Desk"
    extra: dict = field(default_factory=dict)


def _blocks(x0, width, heights, colour, base=0.62, gap=0.01):
    """A row of buildings: rectangles standing on the horizon."""
    out, x = [], x0
    for h in heights:
        out.append(("rect", (x, base - h, x + width, base), colour))
        x += width + gap
    return tuple(out)


NIGHT = ((12, 18, 48), (40, 52, 96))
STORM = ((70, 78, 92), (120, 130, 142))
DAY = ((110, 170, 230), (200, 225, 245))
DUSK = ((60, 50, 110), (240, 150, 90))
SEA = ((30, 70, 110), (20, 45, 80))
FIELD = ((60, 130, 60), (40, 95, 45))
ROAD = ((60, 60, 66), (35, 35, 40))
MUD = ((120, 95, 60), (90, 70, 45))

SCENES = {
    "storm-coast": Scene(
        "storm-coast",
        "Waves break over a sea wall in Busan as the storm approaches.",
        "Grey waves crash over a concrete sea wall under a dark, rainy sky.",
        "Storm on the coast",
        STORM,
        SEA,
        horizon=0.55,
        shapes=(
            ("poly", ((0.0, 0.8), (0.55, 0.72), (0.55, 1.0), (0.0, 1.0)), (150, 150, 150)),
            ("ellipse", (0.45, 0.52, 0.75, 0.78), (225, 232, 240)),
            ("ellipse", (0.62, 0.58, 0.9, 0.74), (200, 212, 224)),
        ),
        rain=True,
        keywords=("weather", "storm"),
        city="Busan",
        focal=(0.6, 0.65),
    ),
    "port-cranes": Scene(
        "port-cranes",
        "Container cranes at a port terminal in Busan.",
        "Tall red container cranes over stacks of coloured containers by the water.",
        "Port at work",
        DAY,
        SEA,
        horizon=0.7,
        shapes=tuple(
            item
            for i, x in enumerate((0.15, 0.4, 0.65))
            for item in (
                ("rect", (x, 0.18, x + 0.02, 0.7), (190, 40, 40)),
                ("rect", (x - 0.06, 0.18, x + 0.16, 0.22), (190, 40, 40)),
                ("rect", (x + 0.05 + 0.01 * i, 0.55, x + 0.2, 0.7), ((40, 90, 160), (220, 140, 40), (60, 140, 80))[i]),
            )
        ),
        keywords=("trade", "exports"),
        city="Busan",
        focal=(0.45, 0.45),
    ),
    "chip-plant": Scene(
        "chip-plant",
        "A chip plant's clean-room building in Pyeongtaek at dusk.",
        "A long white factory building with lit windows under an orange evening sky.",
        "Chip plant",
        DUSK,
        FIELD,
        sun=(0.8, 0.5, 0.06, (255, 200, 120)),
        shapes=(("rect", (0.1, 0.42, 0.9, 0.62), (235, 235, 240)),)
        + tuple(("rect", (0.14 + 0.08 * i, 0.47, 0.19 + 0.08 * i, 0.52), (255, 220, 130)) for i in range(9)),
        keywords=("semiconductors", "industry"),
        city="Pyeongtaek",
        focal=(0.5, 0.52),
    ),
    "football": Scene(
        "football",
        "Players contest a header during the match in Incheon.",
        "Two footballers in red and blue jump for the ball on a green pitch, stands behind them.",
        "Football",
        ((30, 30, 40), (70, 70, 90)),
        FIELD,
        horizon=0.45,
        shapes=(
            ("rect", (0.0, 0.2, 1.0, 0.45), (90, 90, 110)),
            ("ellipse", (0.38, 0.35, 0.46, 0.47), (200, 40, 40)),
            ("rect", (0.39, 0.46, 0.45, 0.72), (200, 40, 40)),
            ("ellipse", (0.52, 0.33, 0.6, 0.45), (40, 70, 180)),
            ("rect", (0.53, 0.44, 0.59, 0.7), (40, 70, 180)),
            ("ellipse", (0.47, 0.25, 0.52, 0.32), (245, 245, 245)),
        ),
        keywords=("football", "K League"),
        city="Incheon",
        focal=(0.5, 0.45),
    ),
    "moon-jar": Scene(
        "moon-jar",
        "A Joseon-era moon jar on show at the exhibition in Seoul.",
        "A round white porcelain jar on a plinth against a dark grey wall.",
        "Moon jar",
        ((50, 50, 56), (80, 80, 88)),
        ((110, 100, 90), (90, 80, 70)),
        horizon=0.78,
        shapes=(
            ("rect", (0.38, 0.7, 0.62, 0.9), (60, 55, 50)),
            ("ellipse", (0.36, 0.2, 0.64, 0.72), (238, 234, 222)),
            ("rect", (0.45, 0.2, 0.55, 0.26), (238, 234, 222)),
        ),
        keywords=("art", "ceramics"),
        city="Seoul",
        focal=(0.5, 0.45),
    ),
    "flood-street": Scene(
        "flood-street",
        "Residents wade through a flooded street in Da Nang.",
        "Brown floodwater up to the doors of low houses, two people wading through it.",
        "Flooded street",
        STORM,
        MUD,
        horizon=0.6,
        shapes=_blocks(0.05, 0.17, (0.22, 0.26, 0.2, 0.24, 0.25), (200, 190, 160), base=0.64)
        + (("rect", (0.4, 0.56, 0.42, 0.7), (30, 30, 40)), ("rect", (0.5, 0.55, 0.52, 0.7), (180, 40, 40))),
        rain=True,
        keywords=("floods", "Vietnam"),
        city="Da Nang",
        country="Vietnam",
        focal=(0.46, 0.6),
    ),
    "flood-boat": Scene(
        "flood-boat",
        "Rescue workers move residents by boat in central Vietnam.",
        "An orange rescue boat carrying people across wide brown water, palm trees behind.",
        "Rescue boat",
        STORM,
        MUD,
        horizon=0.5,
        shapes=(
            ("poly", ((0.3, 0.62), (0.7, 0.62), (0.65, 0.72), (0.35, 0.72)), (235, 120, 30)),
            ("ellipse", (0.42, 0.54, 0.46, 0.62), (30, 30, 40)),
            ("ellipse", (0.52, 0.54, 0.56, 0.62), (30, 30, 40)),
            ("rect", (0.1, 0.3, 0.12, 0.5), (70, 60, 40)),
            ("ellipse", (0.05, 0.24, 0.17, 0.34), (40, 90, 50)),
        ),
        rain=True,
        keywords=("floods", "rescue"),
        city="Quang Nam",
        country="Vietnam",
        focal=(0.5, 0.65),
    ),
    "flood-aid": Scene(
        "flood-aid",
        "Volunteers hand out food at a shelter in Da Nang.",
        "People in a school hall queue at tables stacked with boxes of food.",
        "Aid at a shelter",
        ((210, 205, 190), (190, 185, 170)),
        ((150, 120, 90), (120, 95, 70)),
        horizon=0.7,
        shapes=(("rect", (0.15, 0.55, 0.85, 0.62), (120, 80, 50)),)
        + tuple(("rect", (0.2 + 0.1 * i, 0.46, 0.27 + 0.1 * i, 0.55), (190, 150, 90)) for i in range(6))
        + tuple(("ellipse", (0.2 + 0.12 * i, 0.63, 0.25 + 0.12 * i, 0.72), (40, 60, 120)) for i in range(5)),
        keywords=("floods", "aid"),
        city="Da Nang",
        country="Vietnam",
        focal=(0.5, 0.58),
    ),
}

# Demo story number (stories.json "n") -> its photos, lead first.
STORY_PHOTOS = {
    2: ("storm-coast",),
    15: ("port-cranes",),
    20: ("chip-plant",),
    25: ("football",),
    29: ("moon-jar",),
    34: ("flood-street", "flood-boat", "flood-aid"),  # a lead photo and a gallery
}


def _font(size: int):
    try:
        return ImageFont.load_default(size=size)
    except (TypeError, OSError):  # Pillow without FreeType: the small bitmap font
        return ImageFont.load_default()


def _gradient(draw: ImageDraw.ImageDraw, top: int, bottom: int, colours) -> None:
    (r0, g0, b0), (r1, g1, b1) = colours
    span = max(1, bottom - top)
    for y in range(top, bottom):
        t = (y - top) / span
        draw.line(
            [(0, y), (WIDTH, y)], fill=(int(r0 + (r1 - r0) * t), int(g0 + (g1 - g0) * t), int(b0 + (b1 - b0) * t))
        )


def _xy(points):
    return [(x * WIDTH, y * HEIGHT) for x, y in points]


def draw_scene(scene: Scene) -> bytes:
    """The scene as a JPEG (the same bytes every time)."""
    image = Image.new("RGB", (WIDTH, HEIGHT))
    draw = ImageDraw.Draw(image)
    horizon = int(scene.horizon * HEIGHT)
    _gradient(draw, 0, horizon, scene.sky)
    _gradient(draw, horizon, HEIGHT, scene.ground)
    if scene.sun:
        x, y, r, colour = scene.sun
        draw.ellipse(_xy([(x - r, y - r * 1.5), (x + r, y + r * 1.5)]), fill=colour)
    for kind, points, colour in scene.shapes:
        if kind == "poly":
            draw.polygon(_xy(points), fill=colour)
        else:
            box = _xy([points[:2], points[2:]])
            (draw.rectangle if kind == "rect" else draw.ellipse)(box, fill=colour)
    if scene.rain:
        for i in range(260):
            x, y = (i * 379) % WIDTH, (i * 211) % HEIGHT
            draw.line([(x, y), (x - 18, y + 60)], fill=(200, 205, 215), width=2)
    label = f"Dateline demo image: {scene.headline}"
    font = _font(44)
    draw.rectangle([(0, HEIGHT - 90), (WIDTH, HEIGHT)], fill=(0, 0, 0))
    draw.text((40, HEIGHT - 70), label, fill=(255, 255, 255), font=font)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85, optimize=True)
    return out.getvalue()


def described(scene: Scene) -> dict:
    """The photo's description, as a sender would give it (Photo field names)."""
    return {
        "headline": scene.headline,
        "caption": scene.caption,
        # Drawn, not photographed: the description says so.
        "alt_text": f"Drawing: {scene.alt[0].lower()}{scene.alt[1:]}",
        "creator": scene.creator,
        "credit_line": CREDIT,
        "copyright_notice": "Dateline demo image, CC0 1.0 (public domain)",
        "rights_usage": LICENCE,
        "city": scene.city,
        "country": scene.country,
        "keywords": list(scene.keywords),
    }


def demo_photo(scene: Scene, actor) -> int:
    """Make (or find) the scene's photo, published, with its renditions cut."""
    from .actions import PublishPhoto, SetFocalPoint
    from .services import add_photo, ensure_renditions

    photo = add_photo(
        draw_scene(scene),
        f"{scene.key}.jpg",
        actor=actor,
        source="demo",
        source_key=f"demo-photo:{scene.key}",
        described=described(scene),
    )
    if (photo.focal_x, photo.focal_y) != scene.focal:
        photo = SetFocalPoint(photo, *scene.focal, actor=actor).execute()
    if photo.status != photo.Status.PUBLISHED:
        photo = PublishPhoto(photo, actor=actor).execute()
    # Cut now, not by a worker: the demo site shows its pictures at once.
    return ensure_renditions(photo, wait=120).pk


def demo_story_fields(item: dict, actor) -> dict:
    """The stories' demo loader's provider: a demo story's photo ids."""
    number = item.get("n")
    keys = STORY_PHOTOS.get(number, ()) if isinstance(number, int) else ()
    if not keys:
        return {}
    return {"photos": [demo_photo(SCENES[key], actor) for key in keys]}
