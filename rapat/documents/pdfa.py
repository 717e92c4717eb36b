"""PDF/A-2b finishing: the XMP identification, the document information and an sRGB output intent.

ReportLab writes neither XMP nor an output intent, so a finished document passes through here once,
before any signature (a signed file must never be rewritten).
"""

from __future__ import annotations

import io
from functools import cache

import pikepdf
from PIL import ImageCms


@cache
def srgb_profile() -> bytes:
    """An sRGB ICC profile, made by LittleCMS through Pillow rather than shipped as a file."""
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def finish_pdfa(data: bytes, title: str, author: str, subject: str) -> bytes:
    """The document as PDF/A-2b: pdfaid part 2 conformance B in XMP, consistent with its docinfo."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        if "/Trapped" in pdf.docinfo:  # ReportLab writes it; XMP has no equivalent field
            del pdf.docinfo["/Trapped"]
        pdf.docinfo["/Title"] = title
        pdf.docinfo["/Author"] = author
        pdf.docinfo["/Subject"] = subject
        with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
            meta.load_from_docinfo(pdf.docinfo, raise_failure=False)
            meta["pdfaid:part"] = "2"
            meta["pdfaid:conformance"] = "B"
        _add_output_intent(pdf)
        pdf.Root.Lang = pikepdf.String("id-ID")
        out = io.BytesIO()
        pdf.save(out, fix_metadata_version=True, deterministic_id=True)
    return out.getvalue()


def _add_output_intent(pdf: pikepdf.Pdf) -> None:
    profile = pdf.make_stream(srgb_profile())
    profile.N = 3
    profile.Alternate = pikepdf.Name.DeviceRGB
    intent = pikepdf.Dictionary(
        Type=pikepdf.Name.OutputIntent,
        S=pikepdf.Name.GTS_PDFA1,
        OutputConditionIdentifier=pikepdf.String("sRGB IEC61966-2.1"),
        Info=pikepdf.String("sRGB IEC61966-2.1"),
        DestOutputProfile=profile,
    )
    pdf.Root.OutputIntents = pikepdf.Array([intent])
