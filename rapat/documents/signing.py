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
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    pkcs12,
)

from rapat.errors import InvalidInput
from rapat.i18n import tr
from rapat.resources import resource_path

STAMP_FONT = ("fonts", "NotoSans-Regular.ttf")

# pyHanko logs every untrusted path with a traceback; Rapat reports its findings itself.
for _name in ("pyhanko", "pyhanko_certvalidator"):
    logging.getLogger(_name).addHandler(logging.NullHandler())


@dataclass(frozen=True)
class FieldSpec:
    """A signature field: its name, the page (0-based) and the box (x1, y1, x2, y2) in points."""

    name: str
    page: int
    box: tuple[int, int, int, int]


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
    """Add every signature field in one incremental update, before anyone signs."""
    from pyhanko.sign.fields import SigFieldSpec, append_signature_field

    writer = _writer(pdf)
    for field in fields:
        append_signature_field(writer, SigFieldSpec(field.name, on_page=field.page, box=field.box))
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def empty_signature_fields(pdf: bytes) -> list[str]:
    """Names of the signature fields still waiting for a signature."""
    from pyhanko.sign.fields import enumerate_sig_fields

    reader = _reader(pdf)
    return [name for name, value, _ref in enumerate_sig_fields(reader) if value is None]


def sign_pdf(
    pdf: bytes,
    identity: SigningIdentity,
    *,
    field: str | None = None,
    reason: str | None = None,
    location: str | None = None,
) -> bytes:
    """Sign an empty field (the first one, unless named) with one incremental PAdES B-B signature."""
    from pyhanko.sign import signers
    from pyhanko.sign.fields import SigSeedSubFilter

    waiting = empty_signature_fields(pdf)
    if not waiting:
        raise InvalidInput(tr("PDF ini tidak punya kolom tanda tangan yang masih kosong"))
    if field is None:
        field = waiting[0]
    elif field not in waiting:
        raise InvalidInput(
            tr(
                "Kolom tanda tangan '{field}' tidak ada atau sudah ditandatangani; yang kosong: {waiting}"
            ).format(field=field, waiting=", ".join(waiting))
        )
    meta = signers.PdfSignatureMetadata(
        field_name=field,
        subfilter=SigSeedSubFilter.PADES,
        md_algorithm="sha256",
        reason=reason,
        location=location,
        name=identity.owner,
    )
    pdf_signer = signers.PdfSigner(meta, signer=_signer(identity), stamp_style=_stamp_style())
    out = BytesIO()
    pdf_signer.sign_pdf(_writer(pdf), output=out, existing_fields_only=True)
    return out.getvalue()


def verify_pdf(pdf: bytes, trust_roots: list[x509.Certificate]) -> list[SignatureReport]:
    """Check every signature of the file against the given trust roots; no network is used."""
    from pyhanko.pdf_utils.misc import PdfReadError
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    reader = _reader(pdf)
    roots = [_asn1_certificate(c) for c in trust_roots]
    reports = []
    try:  # objects are read on demand: a damaged or absurdly nested one shows up here
        signatures = reader.embedded_signatures
    except (PdfReadError, ValueError, KeyError, IndexError, TypeError, RecursionError) as error:
        raise _not_whole(error) from None
    for signature in signatures:
        context = ValidationContext(
            trust_roots=roots, allow_fetching=False, revocation_mode="soft-fail"
        )
        try:
            status = validate_pdf_signature(signature, context)
        except Exception as error:  # a malformed signature is a finding, not a crash
            reports.append(
                SignatureReport(
                    signature.field_name, "?", None, False, False, False, True, str(error)
                )
            )
            continue
        reports.append(_report(signature, status))
    return reports


def _report(signature, status) -> SignatureReport:
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    modified = status.coverage != SignatureCoverageLevel.ENTIRE_FILE and (
        status.modification_level is None
        or status.modification_level > ModificationLevel.FORM_FILLING
    )
    return SignatureReport(
        field=signature.field_name,
        signer=status.signing_cert.subject.native.get(
            "common_name", status.signing_cert.subject.human_friendly
        ),
        signed_at=status.signer_reported_dt,
        intact=status.intact,
        valid=status.valid,
        trusted=status.trusted,
        modified_after=modified,
    )


def _reader(pdf: bytes):
    from pyhanko.pdf_utils.misc import PdfReadError
    from pyhanko.pdf_utils.reader import PdfFileReader

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
    from asn1crypto import keys
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    key_der = identity.key.private_bytes(Encoding.DER, PrivateFormat.PKCS8, NoEncryption())
    return signers.SimpleSigner(
        signing_cert=_asn1_certificate(identity.certificate),
        signing_key=keys.PrivateKeyInfo.load(key_der),
        cert_registry=SimpleCertificateStore.from_certs(
            [_asn1_certificate(c) for c in identity.chain]
        ),
    )


def _stamp_style():
    from pyhanko.pdf_utils.font.opentype import GlyphAccumulatorFactory
    from pyhanko.pdf_utils.text import TextBoxStyle
    from pyhanko.stamp import TextStampStyle

    return TextStampStyle(
        stamp_text=tr("Ditandatangani secara elektronik oleh\n%(signer)s\n%(ts)s"),
        timestamp_format="%d-%m-%Y %H.%M %Z",
        text_box_style=TextBoxStyle(
            font=GlyphAccumulatorFactory(str(resource_path(*STAMP_FONT)), font_size=8)
        ),
        border_width=1,
    )


def _asn1_certificate(certificate: x509.Certificate):
    from asn1crypto import x509 as asn1_x509

    return asn1_x509.Certificate.load(certificate.public_bytes(Encoding.DER))
