"""Pictures (logo, signatures, photos) made safe for PDF/A: decoded, flattened on white, scaled."""

from __future__ import annotations

import io

from PIL import Image as PILImage
from reportlab.platypus import Image

PIXELS_PER_POINT = 200 / 72  # 200 dpi is plenty for print and keeps big photos small


def picture(
    data: bytes | None, max_width: float, max_height: float, photo: bool = False
) -> Image | None:
    """The image fitted into max_width x max_height points, or None when data is not a readable image.

    Transparency is flattened onto white and colours converted to RGB or grey, which PDF/A with an sRGB
    output intent accepts; photos become JPEG, drawings stay lossless.
    """
    if not data:
        return None
    try:
        source = PILImage.open(io.BytesIO(data))
        source.load()
        flat = _flatten(source)
    except Exception:  # Pillow raises many kinds of errors for damaged or hostile files
        return None
    scale = min(max_width / flat.width, max_height / flat.height)
    width, height = flat.width * scale, flat.height * scale
    limit = (round(width * PIXELS_PER_POINT), round(height * PIXELS_PER_POINT))
    if flat.width > limit[0] or flat.height > limit[1]:
        flat = flat.resize((max(1, limit[0]), max(1, limit[1])), PILImage.Resampling.LANCZOS)
    out = io.BytesIO()
    if photo:
        flat.save(out, "JPEG", quality=85)
    else:
        flat.save(out, "PNG")
    out.seek(0)
    return Image(out, width=width, height=height)


def _flatten(image: PILImage.Image) -> PILImage.Image:
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        white = PILImage.new("RGB", rgba.size, "white")
        white.paste(rgba, mask=rgba.getchannel("A"))
        return white
    if image.mode in ("L", "1", "I;16", "I"):
        return image.convert("L")
    return image.convert("RGB")
