"""Pictures (logo, signatures, photos) made safe for PDF/A: decoded, flattened on white, scaled."""

from __future__ import annotations

import io

from PIL import Image as PILImage
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image

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
    if not photo:
        return Pixels(flat, width, height)
    out = io.BytesIO()
    flat.save(out, "JPEG", quality=85)
    out.seek(0)
    return Image(out, width=width, height=height)


class Pixels(Flowable):
    """A drawing (signature, logo) drawn from the pixels decoded once, as ReportLab's Image draws
    a lossless picture: the same compressed pixels in the file, without writing a PNG and decoding
    it again, which for hundreds of signatures was most of a daftar hadir's time."""

    _fixedWidth = _fixedHeight = 1  # as Image: a table's column fits the picture's width

    def __init__(self, image: PILImage.Image, width: float, height: float) -> None:
        super().__init__()
        self.hAlign = "CENTER"
        self.reader = ImageReader(image)
        self.drawWidth, self.drawHeight = width, height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.drawWidth, self.drawHeight

    def draw(self) -> None:
        self.canv.drawImage(self.reader, 0, 0, self.drawWidth, self.drawHeight, mask="auto")


def _flatten(image: PILImage.Image) -> PILImage.Image:
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image if image.mode == "RGBA" else image.convert("RGBA")  # a pad's drawing is RGBA
        white = PILImage.new("RGB", rgba.size, "white")
        white.paste(rgba, mask=rgba.getchannel("A"))
        return white
    if image.mode in ("L", "1", "I;16", "I"):
        return image.convert("L")
    return image.convert("RGB")
