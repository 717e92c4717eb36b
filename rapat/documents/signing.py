"""PAdES signatures on the minutes with pyHanko: fields, signing, verification. Bytes in, bytes out.

All signature fields are added in one incremental update before the first signature, because a field
added later would break the signatures already made. Each signer then adds one incremental update.
The visible stamp uses the shipped Noto Sans (1000 units per em, which pyHanko's stamp layout
assumes), embedded as a subset, so the signed file stays PDF/A-friendly.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from io import BytesIO

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding, pkcs12

from rapat.documents.long_term import TimestampAuthority, ValidationMaterial
from rapat.documents.signature_field import FieldSpec
from rapat.documents.signers import BlockOfficer, certificate_holder, same_person
from rapat.documents.stamp import StampDetails, stamp_parameters, stamp_style
from rapat.errors import InvalidInput
from rapat.i18n import tr

# pyHanko logs every untrusted path with a traceback; Rapat reports its findings itself.
for _name in ("pyhanko", "pyhanko_certvalidator"):
    logging.getLogger(_name).addHandler(logging.NullHandler())


# Where a signature field names its block's officer: a small dictionary of PDF text strings.
OFFICER_KEY, OFFICER_NAME, OFFICER_NIP = "/RapatOfficer", "/Name", "/NIP"


@dataclass(frozen=True)
class SignatureReport:
    """What verification found for one signature."""

    field: str
    signer: str
    signed_at: datetime | None
    intact: bool  # the signed bytes are unchanged
    valid: bool  # the cryptography holds
    trusted: bool  # the signer's certificate leads to a trusted root
    modified_after: bool  # the file was changed after signing beyond adding later signatures
    problem: str | None = None
    officer: BlockOfficer | None = None  # whose block the signature sits in, when the block says
    holder: BlockOfficer | None = None  # the person the signing certificate names

    @property
    def sound(self) -> bool:
        return self.intact and self.valid and not self.modified_after


@dataclass(frozen=True)
class SigningIdentity:
    """A certificate with its private key, opened from a PKCS#12 with the passphrase."""

    certificate: x509.Certificate
    key: object
    chain: list[x509.Certificate]

    @property
    def owner(self) -> str:
        return common_name(self.certificate.subject)


def common_name(name: x509.Name) -> str:
    """The CN of a certificate's subject or issuer, or the whole name when it has none."""
    names = name.get_attributes_for_oid(x509.NameOID.COMMON_NAME)
    return str(names[0].value) if names else name.rfc4514_string()


def open_pkcs12(data: bytes, passphrase: str, *, now: datetime | None = None) -> SigningIdentity:
    """Open a PKCS#12 and check that it may sign today; raise InvalidInput saying what is wrong."""
    try:
        key, certificate, chain = pkcs12.load_key_and_certificates(data, passphrase.encode("utf-8"))
    except ValueError as error:
        if "password" in str(error).lower() or "mac" in str(error).lower():
            raise InvalidInput(tr("Kata sandi sertifikat salah")) from None
        raise InvalidInput(tr("Berkas sertifikat rusak atau bukan PKCS#12 (.p12/.pfx)")) from None
    if key is None or certificate is None:
        raise InvalidInput(tr("Berkas sertifikat tidak berisi kunci penanda tangan"))
    identity = SigningIdentity(certificate, key, list(chain or []))
    check_can_sign(certificate, now or datetime.now(UTC))
    return identity


def check_can_sign(certificate: x509.Certificate, now: datetime) -> None:
    """Refuse an expired, not yet valid, or non-signing certificate."""
    owner = common_name(certificate.subject)
    if now < certificate.not_valid_before_utc:
        raise InvalidInput(
            tr("Sertifikat {owner} belum berlaku sampai {date}").format(
                owner=owner, date=certificate.not_valid_before_utc.strftime("%d-%m-%Y")
            )
        )
    if now > certificate.not_valid_after_utc:
        raise InvalidInput(
            tr("Sertifikat {owner} sudah kedaluwarsa sejak {date}").format(
                owner=owner, date=certificate.not_valid_after_utc.strftime("%d-%m-%Y")
            )
        )
    try:
        usage = certificate.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return  # no restriction stated: any use is allowed
    if not (usage.digital_signature or usage.content_commitment):
        raise InvalidInput(
            tr("Sertifikat {owner} tidak boleh dipakai untuk tanda tangan dokumen").format(
                owner=owner
            )
        )


def add_signature_fields(pdf: bytes, fields: list[FieldSpec]) -> bytes:
    """Add every signature field in one incremental update, before anyone signs; a field of a named
    officer's block records that officer, so that the file itself says who may sign it."""
    from pyhanko.pdf_utils import generic
    from pyhanko.sign.fields import SigFieldSpec, append_signature_field, enumerate_sig_fields

    from rapat.documents.signed_metadata import align_metadata

    writer = _writer(pdf)
    align_metadata(writer)
    for field in fields:
        append_signature_field(writer, SigFieldSpec(field.name, on_page=field.page, box=field.box))
        if field.officer is None:
            continue
        _name, _value, reference = next(enumerate_sig_fields(writer, with_name=field.name))
        entry = generic.DictionaryObject(
            {generic.NameObject(OFFICER_NAME): generic.TextStringObject(field.officer.name)}
        )
        if field.officer.nip:
            entry[generic.NameObject(OFFICER_NIP)] = generic.TextStringObject(field.officer.nip)
        field_dict = reference.get_object()
        field_dict[generic.NameObject(OFFICER_KEY)] = entry
        field_dict[generic.NameObject("/TU")] = generic.TextStringObject(str(field.officer))
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def empty_signature_fields(pdf: bytes) -> list[str]:
    """Names of the signature fields still waiting for a signature."""
    from pyhanko.sign.fields import enumerate_sig_fields

    reader = _reader(pdf)
    return [name for name, value, _ref in enumerate_sig_fields(reader) if value is None]


def block_officers(pdf: bytes) -> dict[str, BlockOfficer]:
    """The officer each signature field names as the owner of its block, by field name."""
    return _officers(_reader(pdf))


def document_info(pdf: bytes) -> dict[str, str]:
    """The document information entries of the file's latest revision ("/Subject", …)."""
    from pyhanko.pdf_utils.misc import PdfReadError

    trailer = _reader(pdf).trailer_view
    if "/Info" not in trailer:
        return {}
    try:
        return {str(key): str(value) for key, value in trailer["/Info"].items()}
    except (PdfReadError, ValueError, KeyError, AttributeError, RecursionError) as error:
        raise _not_whole(error) from None


def check_signer_fits(officer: BlockOfficer | None, certificate: x509.Certificate, block: str):
    """Refuse a certificate that does not belong to the officer of the block, naming both people."""
    if officer is None:
        return
    holder = certificate_holder(certificate)
    if not same_person(officer, holder):
        raise InvalidInput(
            tr(
                "Sertifikat {holder} tidak boleh menandatangani blok {block}: blok itu milik "
                "{officer}. Tidak ada yang ditandatangani."
            ).format(holder=holder, block=block, officer=officer)
        )


def finalized_copy(pdf: bytes) -> bytes:
    """The file as it was before its first signature (the whole file when nobody has signed).

    The first signature's update starts right after the end-of-file marker that precedes its
    signature dictionary; everything up to there is the finalized copy the signers agreed to.
    """
    signatures = _reader(pdf).embedded_regular_signatures
    if not signatures:
        return pdf
    first = min(signatures, key=lambda s: s.signed_revision)
    contents_at = first.sig_object["/ByteRange"][1]
    end = pdf.rindex(b"%%EOF", 0, contents_at) + len(b"%%EOF")
    while pdf[end : end + 1] in (b"\r", b"\n"):
        end += 1
    return pdf[:end]


def sign_pdf(
    pdf: bytes,
    identity: SigningIdentity,
    *,
    field: str | None = None,
    reason: str | None = None,
    location: str | None = None,
    stamp: StampDetails | None = None,
    authority: TimestampAuthority | None = None,
    validation: ValidationMaterial | None = None,
) -> bytes:
    """Sign an empty field with one incremental PAdES signature, refusing a certificate that is not
    the block's officer's. Without a field named, the first empty one is taken, except in a file
    whose blocks name their officers: there the signer must say which block is theirs.

    With an authority the signature is timestamped (B-T); with validation material the chain and
    the CRLs go into the same update (B-LT). The stamp shows `stamp` when given.
    """
    reader = _reader(pdf)
    waiting = _empty_fields(reader)
    if not waiting:
        raise InvalidInput(tr("PDF ini tidak punya kolom tanda tangan yang masih kosong"))
    officers = _officers(reader)
    if field is None:
        if any(name in officers for name in waiting):
            raise InvalidInput(
                tr("Pilih blok yang ditandatangani; yang masih kosong: {waiting}").format(
                    waiting=", ".join(f"{name} ({officers.get(name, '-')})" for name in waiting)
                )
            )
        field = waiting[0]
    elif field not in waiting:
        raise InvalidInput(
            tr(
                "Kolom tanda tangan '{field}' tidak ada atau sudah ditandatangani; yang kosong: {waiting}"
            ).format(field=field, waiting=", ".join(waiting))
        )
    check_signer_fits(officers.get(field), identity.certificate, field)
    return _sign_field(
        pdf,
        identity,
        field,
        reason=reason,
        location=location,
        stamp=stamp or StampDetails(identity.owner),
        authority=authority,
        validation=validation,
    )


def _sign_field(
    pdf: bytes,
    identity: SigningIdentity,
    field: str,
    *,
    reason: str | None,
    location: str | None,
    stamp: StampDetails,
    authority: TimestampAuthority | None,
    validation: ValidationMaterial | None,
) -> bytes:
    from pyhanko.sign import signers
    from pyhanko.sign.fields import SigSeedSubFilter

    from rapat.documents.long_term import (
        check_not_revoked,
        dss_settings,
        signing_context,
        why_unreachable,
    )
    from rapat.documents.signed_metadata import align_metadata

    if validation is not None:
        check_not_revoked(identity.certificate, validation)

    meta = signers.PdfSignatureMetadata(
        field_name=field,
        subfilter=SigSeedSubFilter.PADES,
        md_algorithm="sha256",
        reason=reason,
        location=location,
        name=identity.owner,
        embed_validation_info=validation is not None,
        validation_context=None
        if validation is None
        else signing_context(validation, authority, [identity.certificate, *identity.chain]),
        dss_settings=dss_settings(),
    )
    pdf_signer = signers.PdfSigner(
        meta,
        signer=_signer(identity),
        timestamper=None if authority is None else authority.timestamper,
        stamp_style=stamp_style(stamp),
    )
    writer = _writer(pdf)
    align_metadata(writer)
    out = BytesIO()
    try:
        pdf_signer.sign_pdf(
            writer,
            output=out,
            existing_fields_only=True,
            appearance_text_params=stamp_parameters(stamp),
        )
    except OSError as error:  # the authority answered the probe, then stopped answering
        raise InvalidInput(
            tr("Layanan cap waktu berhenti menjawab ({reason}); coba tanda tangani lagi").format(
                reason=why_unreachable(error)
            )
        ) from None
    return out.getvalue()


def verify_pdf(
    pdf: bytes, trust_roots: list[x509.Certificate], crls: list[bytes] = ()
) -> list[SignatureReport]:
    """Check every signature of the file against the given trust roots and CRLs; no network is used.

    Beyond pyHanko's checks, a signature counts as modified after signing when anything but later
    signatures, validation data and timestamps was added after it: pyHanko's difference analysis
    lets document information and XMP metadata change freely, so those are compared here; and in a
    file whose blocks name their officers, where every field is made before anyone signs, a field
    added later (whose appearance could cover the text) is a change too.
    """
    from pyhanko.pdf_utils.misc import PdfReadError

    from rapat.documents.long_term import validate_signature

    reader = _reader(pdf)
    try:  # objects are read on demand: a damaged or absurdly nested one shows up here
        officers = _officers(reader)
        signatures = reader.embedded_regular_signatures  # archive timestamps are not signers
        final = (_metadata_facts(pdf), _field_names(reader))
    except (PdfReadError, ValueError, KeyError, IndexError, TypeError, RecursionError) as error:
        raise _not_whole(error) from None
    reports = []
    for number, signature in enumerate(signatures, 1):
        officer = officers.get(signature.field_name)
        try:
            status = validate_signature(signature, trust_roots, crls)
            kept = _kept_after(pdf, signature, *final)
        except Exception as error:  # a malformed signature is a finding, not a crash
            reports.append(
                SignatureReport(
                    signature.field_name, "?", None, False, False, False, True, str(error), officer
                )
            )
            continue
        last = number == len(signatures)
        reports.append(_report(signature, status, last, kept, officer))
    return reports


def _report(signature, status, last: bool, kept: bool, officer) -> SignatureReport:
    """One signature's findings. After the last signature only validation data and timestamps may
    follow; after an earlier one, also later signatures in existing fields (form filling)."""
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    allowed = ModificationLevel.LTA_UPDATES if last else ModificationLevel.FORM_FILLING
    whole = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    modified = (
        not kept
        or status.docmdp_ok is False
        or (
            not whole and (status.modification_level is None or status.modification_level > allowed)
        )
    )
    certificate = x509.load_der_x509_certificate(status.signing_cert.dump())
    return SignatureReport(
        field=signature.field_name,
        signer=common_name(certificate.subject),
        signed_at=status.signer_reported_dt,
        intact=status.intact,
        valid=status.valid,
        trusted=status.trusted,
        modified_after=modified,
        officer=officer,
        holder=certificate_holder(certificate),
    )


def _empty_fields(reader) -> list[str]:
    from pyhanko.sign.fields import enumerate_sig_fields

    return [name for name, value, _ref in enumerate_sig_fields(reader) if value is None]


def _officers(reader) -> dict[str, BlockOfficer]:
    from pyhanko.sign.fields import enumerate_sig_fields

    officers = {}
    for name, _value, reference in enumerate_sig_fields(reader):
        entry = reference.get_object().get(OFFICER_KEY)
        if entry is None or OFFICER_NAME not in entry:
            continue
        nip = entry.get(OFFICER_NIP)
        officers[name] = BlockOfficer(str(entry[OFFICER_NAME]), str(nip) if nip else None)
    return officers


# Written anew by every signing tool on every update; they say nothing about the document.
VOLATILE_METADATA = frozenset(
    {
        "/Producer",
        "/ModDate",
        "{http://ns.adobe.com/pdf/1.3/}Producer",
        "{http://ns.adobe.com/xap/1.0/}ModifyDate",
        "{http://ns.adobe.com/xap/1.0/}MetadataDate",
        "{http://ns.adobe.com/xap/1.0/mm/}InstanceID",
    }
)


def _kept_after(pdf: bytes, signature, final_metadata: frozenset, final_fields: set) -> bool:
    """Whether the revision a signature covers (the file up to the end of its byte range) has the
    final file's metadata and, when its blocks name their officers, all of its signature fields."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    _start, _length, second, second_length = signature.byte_range
    end = second + second_length
    if end >= len(pdf):
        return True
    revision = pdf[:end]
    if _metadata_facts(revision) != final_metadata:
        return False
    reader = PdfFileReader(BytesIO(revision), strict=False)
    return not _officers(reader) or final_fields <= _field_names(reader)


def _field_names(reader) -> set[str]:
    from pyhanko.sign.fields import enumerate_sig_fields

    return {name for name, _value, _ref in enumerate_sig_fields(reader)}


def _metadata_facts(pdf: bytes) -> frozenset:
    """The document information entries and XMP properties that describe the document, as a set of
    (name, value) pairs, leaving out what every writer updates by itself."""
    import pikepdf
    from lxml import etree

    facts = set()
    with pikepdf.open(BytesIO(pdf)) as document:
        for key, value in document.docinfo.items():
            facts.add((str(key), str(value)))
        metadata = document.Root.get("/Metadata")
        xml = metadata.read_bytes() if metadata is not None else b""
    if xml.strip():
        parser = etree.XMLParser(resolve_entities=False, no_network=True)
        root = etree.fromstring(xml, parser=parser)
        rdf = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
        for description in root.iter(f"{rdf}Description"):
            for key, value in description.attrib.items():
                if not key.startswith(rdf):  # a simple property written as an attribute
                    facts.add((key, (value,)))
            for prop in description:
                leaves = tuple((leaf.text or "").strip() for leaf in prop.iter() if len(leaf) == 0)
                facts.add((prop.tag, leaves))
    return frozenset((k, v) for k, v in facts if k not in VOLATILE_METADATA)


def _reader(pdf: bytes):
    from pyhanko.pdf_utils.misc import PdfReadError
    from pyhanko.pdf_utils.reader import PdfFileReader

    if not pdf.startswith(b"%PDF-"):
        raise InvalidInput(tr("Berkas bukan PDF"))
    end = pdf.rfind(b"%%EOF")
    if end < 0 or pdf[end + 5 :].strip(b"\r\n\t \x00"):  # cut inside a later revision
        raise InvalidInput(
            tr("Berkas bukan PDF yang utuh (rusak atau terpotong): {reason}").format(
                reason=tr("berakhir di tengah jalan")
            )
        )
    try:
        return PdfFileReader(BytesIO(pdf), strict=False)
    except (PdfReadError, ValueError, KeyError, IndexError, RecursionError) as error:
        raise _not_whole(error) from None


def _not_whole(error: Exception) -> InvalidInput:
    reason = tr("bersarang terlalu dalam") if isinstance(error, RecursionError) else error
    return InvalidInput(
        tr("Berkas bukan PDF yang utuh (rusak atau terpotong): {reason}").format(reason=reason)
    )


def _writer(pdf: bytes):
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.misc import PdfReadError

    if not pdf.startswith(b"%PDF-"):
        raise InvalidInput(tr("Berkas bukan PDF"))
    try:
        return IncrementalPdfFileWriter(BytesIO(pdf), strict=False)
    except (PdfReadError, ValueError, KeyError, IndexError) as error:
        raise InvalidInput(
            tr("Berkas bukan PDF yang utuh (rusak atau terpotong): {reason}").format(reason=error)
        ) from None


def _signer(identity: SigningIdentity):
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    from rapat.documents.signing_key import OpenKeySigner

    return OpenKeySigner(
        identity.key,
        signing_cert=_asn1_certificate(identity.certificate),
        cert_registry=SimpleCertificateStore.from_certs(
            [_asn1_certificate(c) for c in identity.chain]
        ),
    )


def _asn1_certificate(certificate: x509.Certificate):
    from asn1crypto import x509 as asn1_x509

    return asn1_x509.Certificate.load(certificate.public_bytes(Encoding.DER))
