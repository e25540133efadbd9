"""Original abstract illustrations for the demo content, drawn locally with Pillow.

Nothing is downloaded: each image is a gradient from its palette with simple shapes
for its motif (houses, a path, circles or a map of points). An image is created
once, in the default collection, and found again by its title afterwards.
"""

import hashlib
import itertools
import math
from collections.abc import Iterator
from io import BytesIO

from PIL import Image as PillowImage
from PIL import ImageDraw

from django.core.files.images import ImageFile
from django.utils.text import slugify

from wagtail.images import get_image_model
from wagtail.models import Collection

WIDTH, HEIGHT = 1200, 675
Colour = tuple[int, int, int]


def _numbers(key: str) -> Iterator[float]:
    """An endless, repeatable series of numbers in [0, 1) derived from the image key."""
    counter = 0
    while True:
        digest = hashlib.sha256(f"{key}:{counter}".encode()).digest()
        for index in range(0, len(digest), 4):
            yield int.from_bytes(digest[index : index + 4], "big") / 2**32
        counter += 1


def _mix(first: Colour, second: Colour, share: float) -> Colour:
    """The colour ``share`` of the way from ``first`` to ``second``."""
    return tuple(round(a + (b - a) * share) for a, b in zip(first, second, strict=True))


def _lighter(colour: Colour, share: float = 0.55) -> Colour:
    return _mix(colour, (255, 255, 255), share)


def _gradient(palette: tuple[Colour, Colour]) -> PillowImage.Image:
    """A diagonal gradient between the two colours of the palette."""
    image = PillowImage.new("RGB", (WIDTH, HEIGHT))
    draw = ImageDraw.Draw(image)
    for x in range(WIDTH):
        draw.line([(x, 0), (x, HEIGHT)], fill=_mix(palette[0], palette[1], x / WIDTH))
    shade = PillowImage.new("L", (WIDTH, HEIGHT))
    shade_draw = ImageDraw.Draw(shade)
    for y in range(HEIGHT):
        shade_draw.line([(0, y), (WIDTH, y)], fill=round(70 * y / HEIGHT))
    return PillowImage.composite(PillowImage.new("RGB", image.size, palette[1]), image, shade)


def _houses(draw: ImageDraw.ImageDraw, palette, numbers: Iterator[float]) -> None:
    """A row of simple houses of different sizes on a gentle hill."""
    ground = HEIGHT - 150
    draw.ellipse([-300, ground - 40, WIDTH + 300, HEIGHT + 500], fill=(*_lighter(palette[1]), 150))
    x = 70
    while x < WIDTH - 120:
        width = 110 + round(next(numbers) * 90)
        height = 90 + round(next(numbers) * 110)
        top = ground - height
        body = (*_lighter(palette[0], 0.7 + next(numbers) * 0.2), 235)
        draw.rectangle([x, top, x + width, ground], fill=body)
        draw.polygon(
            [(x - 15, top), (x + width / 2, top - 70), (x + width + 15, top)],
            fill=(*_mix(palette[1], (40, 40, 60), 0.35), 235),
        )
        window = (*_mix(palette[0], (255, 214, 120), 0.75), 255)
        draw.rectangle([x + 20, top + 25, x + 48, top + 53], fill=window)
        if width > 150:
            draw.rectangle([x + width - 48, top + 25, x + width - 20, top + 53], fill=window)
        door_x = x + width / 2 - 14
        draw.rectangle([door_x, ground - 55, door_x + 28, ground], fill=(*palette[1], 255))
        x += width + 40 + round(next(numbers) * 60)


def _path(draw: ImageDraw.ImageDraw, palette, numbers: Iterator[float]) -> None:
    """A winding path of stepping stones that leads to a lit doorway."""
    points = []
    for step in range(15):
        share = step / 14
        x = 80 + share * (WIDTH - 260)
        y = HEIGHT - 90 - share * 360 + math.sin(share * math.pi * 2.5) * 90
        points.append((x, y))
    draw.line(points, fill=(*_lighter(palette[0], 0.8), 120), width=46, joint="curve")
    for x, y in points:
        radius = 12 + next(numbers) * 10
        draw.ellipse([x - radius, y - radius, x + radius, y + radius], fill=(255, 255, 255, 210))
    end_x, end_y = points[-1]
    draw.rectangle(
        [end_x + 30, end_y - 150, end_x + 130, end_y + 20], fill=(*_lighter(palette[1], 0.3), 235)
    )
    draw.rectangle(
        [end_x + 55, end_y - 110, end_x + 105, end_y + 20],
        fill=(*_mix(palette[0], (255, 214, 120), 0.8), 255),
    )


def _circles(draw: ImageDraw.ImageDraw, palette, numbers: Iterator[float]) -> None:
    """Overlapping circles joined by lines, like a network of services."""
    centres = [
        (120 + next(numbers) * (WIDTH - 240), 100 + next(numbers) * (HEIGHT - 200))
        for _ in range(9)
    ]
    for first, second in zip(centres, centres[1:] + centres[:1], strict=True):
        draw.line([first, second], fill=(255, 255, 255, 140), width=4)
    for index, (x, y) in enumerate(centres):
        radius = 40 + next(numbers) * 90
        colour = _lighter(palette[index % 2], 0.35 + next(numbers) * 0.4)
        draw.ellipse([x - radius, y - radius, x + radius, y + radius], fill=(*colour, 150))
        draw.ellipse([x - 10, y - 10, x + 10, y + 10], fill=(255, 255, 255, 230))


def _map(draw: ImageDraw.ImageDraw, palette, numbers: Iterator[float]) -> None:
    """A grid of points with a few highlighted places joined by arcs."""
    for row in range(0, HEIGHT, 30):
        for column in range(0, WIDTH, 30):
            wave = math.sin(column / 170) + math.cos(row / 120)
            if wave > 0.2:
                draw.ellipse([column, row, column + 8, row + 8], fill=(255, 255, 255, 110))
    places = [
        (200 + next(numbers) * (WIDTH - 400), 120 + next(numbers) * (HEIGHT - 240))
        for _ in range(6)
    ]
    for (x1, y1), (x2, y2) in itertools.pairwise(places):
        left, right = sorted([x1, x2])
        top = min(y1, y2) - 80
        draw.arc(
            [left, top, right + 1, max(y1, y2) + 80], 200, 340, fill=(255, 255, 255, 200), width=3
        )
    for x, y in places:
        draw.ellipse([x - 18, y - 18, x + 18, y + 18], fill=(*_lighter(palette[0], 0.6), 240))
        draw.ellipse([x - 7, y - 7, x + 7, y + 7], fill=(*palette[1], 255))


MOTIFS = {"houses": _houses, "path": _path, "circles": _circles, "map": _map}


def draw_illustration(key: str, spec: dict) -> bytes:
    """The PNG bytes of the illustration that ``spec`` describes."""
    palette = tuple(tuple(colour) for colour in spec["palette"])
    image = _gradient(palette).convert("RGBA")
    overlay = PillowImage.new("RGBA", image.size, (0, 0, 0, 0))
    MOTIFS[spec["motif"]](ImageDraw.Draw(overlay), palette, _numbers(key))
    image = PillowImage.alpha_composite(image, overlay).convert("RGB")
    buffer = BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def _default_collection() -> Collection:
    """Wagtail's root collection, created if the table was emptied (as tests may do)."""
    return Collection.get_first_root_node() or Collection.add_root(name="Root")


def make_demo_image(key: str, spec: dict):
    """The Wagtail image for ``spec``: the existing one with its title, else a new one."""
    image_model = get_image_model()
    existing = image_model.objects.filter(title=spec["title"]).first()
    if existing:
        return existing
    content = ImageFile(BytesIO(draw_illustration(key, spec)), name=f"demo-{slugify(key)}.png")
    image = image_model(
        title=spec["title"],
        description=spec.get("alt", "")[:255],
        file=content,
        collection=_default_collection(),
    )
    image._set_image_file_metadata()
    image.save()
    return image
