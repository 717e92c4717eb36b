"""Cut NotoSans-Stamp.ttf, the signature stamp's font, from NotoSans-Regular.ttf in this folder.

    python resources/fonts/stamp_font.py

pyHanko subsets the stamp's font for every signature, keeping glyph ids, which takes most of a
second on the full Noto Sans; this cut to the Latin letters, digits and punctuation that names,
NIPs and dates use takes a few hundredths. A stamp whose text needs another character falls back
to the full font (rapat.documents.stamp). Noto Sans: SIL Open Font License 1.1 (OFL.txt), which
allows modified versions under the same licence.
"""

from __future__ import annotations

from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

HERE = Path(__file__).resolve().parent
CHARACTERS = [
    *range(0x20, 0x7F),  # Basic Latin
    *range(0xA0, 0x180),  # Latin-1 Supplement and Latin Extended-A
    *range(0x2010, 0x2028),  # dashes, quotation marks, ellipsis
    0x20AC,  # euro sign
]


def main() -> None:
    font = TTFont(HERE / "NotoSans-Regular.ttf")
    options = subset.Options(layout_closure=False, name_IDs=["*"], name_legacy=True)
    options.drop_tables += ["GPOS", "GDEF", "GSUB"]  # pyHanko's own subset drops them as well
    subsetter = subset.Subsetter(options=options)
    subsetter.populate(unicodes=CHARACTERS)
    subsetter.subset(font)
    font.save(HERE / "NotoSans-Stamp.ttf")
    print(HERE / "NotoSans-Stamp.ttf")


if __name__ == "__main__":
    main()
