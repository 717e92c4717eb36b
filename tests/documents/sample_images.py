"""Small images made on the fly for logos, signatures and photos in document tests."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw


def png(size: tuple[int, int] = (240, 240), colour: str = "darkgreen", mode: str = "RGBA") -> bytes:
    image = Image.new(mode, size, (0, 0, 0, 0) if mode == "RGBA" else "white")
    ImageDraw.Draw(image).ellipse((10, 10, size[0] - 10, size[1] - 10), fill=colour)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()
