"""PDF/A-2b finishing: the XMP identification, the document information and an sRGB output intent.

ReportLab writes neither XMP nor an output intent, nor the end of line PDF/A wants before each
`endstream`, so a finished document passes through here once, before any signature (a signed file
must never be rewritten). The streams are copied as ReportLab compressed them, never decoded and
compressed again: for a daftar hadir of hundreds of signatures that was most of the pass's time.
"""

from __future__ import annotations

import io
import zlib
from functools import cache

import pikepdf
from pikepdf.models.metadata import decode_pdf_date, encode_pdf_date
from PIL import ImageCms


@cache
def srgb_profile() -> bytes:
    """An sRGB ICC profile, made by LittleCMS through Pillow rather than shipped as a file."""
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def finish_pdfa(data: bytes, title: str, author: str, subject: str) -> bytes:
    """The document as PDF/A-2b: pdfaid part 2 conformance B in XMP, consistent with its docinfo."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        info = pdf.docinfo
        for key in ("/Trapped", "/Keywords"):  # XMP has no Trapped; ReportLab's Keywords are empty
            if key in info:
                del info[key]
        info["/Title"] = title
        info["/Author"] = author
        info["/Subject"] = subject
        created = decode_pdf_date(str(info["/CreationDate"]))
        modified = decode_pdf_date(str(info["/ModDate"]))
        info["/CreationDate"] = encode_pdf_date(created)
        info["/ModDate"] = encode_pdf_date(modified)
        xmp = _XMP.format(
            title=_text(title),
            author=_text(author),
            subject=_text(subject),
            producer=_text(str(info["/Producer"])),
            creator=_text(str(info["/Creator"])),
            created=created.isoformat(),
            modified=modified.isoformat(),
        )
        metadata = pdf.make_stream(xmp.encode("utf-8"))
        metadata.Type = pikepdf.Name.Metadata
        metadata.Subtype = pikepdf.Name.XML
        pdf.Root.Metadata = metadata
        _add_output_intent(pdf)
        pdf.Root.Lang = pikepdf.String("id-ID")
        out = io.BytesIO()
        pdf.save(
            out,
            deterministic_id=True,
            fix_metadata_version=False,  # no pdf:PDFVersion in the packet: nothing to parse for it
            compress_streams=False,  # would compress ReportLab's compressed streams again
            stream_decode_level=pikepdf.StreamDecodeLevel.none,
        )
    return out.getvalue()


# The XMP packet: each docinfo entry's twin (ISO 19005-2, 6.6.2.3.1) and the PDF/A identification.
# Written as text, so that no XML library loads for it.
_XMP = """<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>{author}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{subject}</rdf:li></rdf:Alt></dc:description>
   <pdf:Producer>{producer}</pdf:Producer>
   <xmp:CreatorTool>{creator}</xmp:CreatorTool>
   <xmp:CreateDate>{created}</xmp:CreateDate>
   <xmp:ModifyDate>{modified}</xmp:ModifyDate>
   <pdfaid:part>2</pdfaid:part>
   <pdfaid:conformance>B</pdfaid:conformance>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""


def _text(value: str) -> str:
    """A value as XML character data."""
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _add_output_intent(pdf: pikepdf.Pdf) -> None:
    profile = pdf.make_stream(b"")
    profile.write(zlib.compress(srgb_profile()), filter=pikepdf.Name.FlateDecode)
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
