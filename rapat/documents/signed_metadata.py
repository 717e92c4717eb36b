"""Document information and XMP kept in step in the incremental updates that pyHanko writes.

Every update of a finalized notula (the signature fields, each signature, an archive timestamp)
must leave it PDF/A-2b, whose document information and XMP say the same. Only signing writes such
updates, so this lives apart from the PDF/A finishing, which loads pikepdf.
"""

from __future__ import annotations


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
