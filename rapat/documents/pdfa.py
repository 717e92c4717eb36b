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


def align_metadata(writer) -> None:
    """Keep document info and XMP in step in an incremental update that pyHanko writes.

    pyHanko appends its name to the info dictionary's Producer and stamps its ModDate when it
    writes, but leaves the XMP as it was, and PDF/A wants both to say the same. So the update
    carries an info dictionary that already names pyHanko (which pyHanko then leaves alone) and no
    ModDate (which pyHanko would set to the moment of writing), and an XMP packet with the same
    Producer and the modification time, which pyHanko keeps as it is.
    """
    from datetime import UTC, datetime

    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.metadata.model import VENDOR
    from pyhanko.pdf_utils.metadata.xmp_xml import MetadataStream

    class _SettledMetadata(MetadataStream):
        """An XMP packet already in step with the info dictionary. pyHanko's own update would
        set its Producer to pyHanko alone and drop the PDF/A identification."""

        def update_xmp_with_meta(self, _meta) -> None:
            pass

    if "/Metadata" not in writer.root:  # not PDF/A: pyHanko keeps its info dictionary alone
        return
    try:
        old = writer.prev.trailer_view["/Info"]
    except KeyError:
        old = generic.DictionaryObject()
    info = generic.DictionaryObject({k: v for k, v in old.items() if k != "/ModDate"})
    producer = str(info.get("/Producer", ""))
    if VENDOR not in producer:
        producer = f"{producer}; {VENDOR}" if producer else VENDOR
    info["/Producer"] = generic.TextStringObject(producer)
    writer.set_info(info)
    xmp = writer.root["/Metadata"].get_object().data
    stream = _SettledMetadata(stream_data=_xmp_with(xmp, producer, datetime.now(UTC)))
    writer.root["/Metadata"] = writer.add_object(stream)
    writer.update_root()


_NAMESPACES = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "pdf": "http://ns.adobe.com/pdf/1.3/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
}


def _xmp_with(xmp: bytes, producer: str, moment) -> bytes:
    """The XMP packet with pdf:Producer, xmp:ModifyDate and xmp:MetadataDate set; the rest kept."""
    import re
    from xml.etree import ElementTree

    start, end = xmp.index(b"<x:xmpmeta"), xmp.rindex(b"</x:xmpmeta>") + len(b"</x:xmpmeta>")
    for prefix, uri in re.findall(rb'xmlns:([\w-]+)="([^"]+)"', xmp[start:end]):
        ElementTree.register_namespace(prefix.decode(), uri.decode())
    root = ElementTree.fromstring(xmp[start:end])
    descriptions = root.findall(".//rdf:Description", _NAMESPACES)
    stamp = moment.isoformat(timespec="seconds").replace("+00:00", "Z")
    for key, value in (
        ("pdf:Producer", producer),
        ("xmp:ModifyDate", stamp),
        ("xmp:MetadataDate", stamp),
    ):
        prefix, name = key.split(":")
        tag = f"{{{_NAMESPACES[prefix]}}}{name}"
        holders = [d for d in descriptions if d.find(tag) is not None or tag in d.attrib]
        for holder in holders:
            if tag in holder.attrib:
                holder.attrib[tag] = value
            else:
                holder.find(tag).text = value
        if not holders:
            ElementTree.SubElement(descriptions[0], tag).text = value
    body = ElementTree.tostring(root, encoding="utf-8", xml_declaration=False)
    return xmp[:start] + body + xmp[end:]
