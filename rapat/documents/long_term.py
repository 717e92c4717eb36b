"""Signatures that outlive their certificates: RFC 3161 timestamps, validation data, archive timestamps.

A signature timestamped by an authority (PAdES B-T) proves when it was made; the certificates and
the office's certificate revocation list embedded beside it (B-LT) let a verifier judge it at that
moment, from the file alone, after the signer's certificate has expired. A document timestamp added
later over all of it (B-LTA) extends that proof when the timestamp authority's own certificate
nears its end. Nothing here fetches from the network: the office's root and its CRL are handed in.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from io import BytesIO

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding

from rapat.errors import InvalidInput
from rapat.i18n import tr

# Seconds for one request to the timestamp authority. Signing asks it at most twice (the size probe
# and the timestamp itself), so an authority that stops answering costs at most ten seconds.
TIMESTAMP_TIMEOUT = 5
DIGEST = "sha256"


@dataclass(frozen=True)
class ValidationMaterial:
    """What proves the office's certificates sound offline: trusted roots and CRLs (DER)."""

    trust_roots: list[x509.Certificate]
    crls: list[bytes]


@dataclass(frozen=True)
class TimestampAuthority:
    """An RFC 3161 service that answered; `timestamper` is pyHanko's client, already warmed up."""

    url: str
    timestamper: object


def reach_timestamp_authority(url: str | None) -> tuple[TimestampAuthority | None, str | None]:
    """Ask the authority for one timestamp. Returns the authority, or None and a warning for the user.

    pyHanko needs a sample token to size the signature anyway; asking for it first tells whether
    the service answers, and the token is kept for that sizing.
    """
    if not url:
        return None, None
    from pyhanko.sign.timestamps import HTTPTimeStamper, TimestampRequestError

    timestamper = HTTPTimeStamper(url, timeout=TIMESTAMP_TIMEOUT)
    try:
        asyncio.run(timestamper.async_dummy_response(DIGEST))
    except (TimestampRequestError, OSError, ValueError) as error:
        return None, tr(
            "Layanan cap waktu {url} tidak dapat dihubungi ({reason}); tanda tangan dibuat tanpa "
            "cap waktu (PAdES B-B) dan hanya dapat diperiksa selama sertifikatnya berlaku"
        ).format(url=url, reason=why_unreachable(error))
    return TimestampAuthority(url, timestamper), None


def why_unreachable(error: BaseException) -> str:
    """What went wrong with the authority, in words, judged by the error's type."""
    from aiohttp import ClientResponseError

    cause = error.__cause__ or error
    if isinstance(cause, TimeoutError):
        return tr("tidak menjawab dalam {n} detik").format(n=TIMESTAMP_TIMEOUT)
    if isinstance(cause, ClientResponseError):
        return tr("menolak permintaan (HTTP {status})").format(status=cause.status)
    if isinstance(cause, OSError):
        return tr("tidak tersambung")
    return tr("jawabannya bukan cap waktu yang sah")


def check_not_revoked(certificate: x509.Certificate, material: ValidationMaterial) -> None:
    """Refuse a certificate that a CRL of the office lists, before anything is written."""
    for data in material.crls:
        crl = x509.load_der_x509_crl(data)
        if crl.issuer != certificate.issuer:
            continue
        entry = crl.get_revoked_certificate_by_serial_number(certificate.serial_number)
        if entry is not None:
            names = certificate.subject.get_attributes_for_oid(x509.NameOID.COMMON_NAME)
            raise InvalidInput(
                tr("Sertifikat {owner} sudah dicabut sejak {date}").format(
                    owner=names[0].value if names else certificate.subject.rfc4514_string(),
                    date=entry.revocation_date_utc.strftime("%d-%m-%Y"),
                )
            )


def signing_context(
    material: ValidationMaterial,
    authority: TimestampAuthority | None,
    signer_chain: list[x509.Certificate] = (),
):
    """The validation context pyHanko collects validation data with while signing.

    The office's CRLs are embedded as they are (its certificates name no distribution point, so
    nothing would ask for them; check_not_revoked refuses a listed one). The signer's chain as
    its PKCS#12 carries it, and the timestamp authority's as the authority delivered it, are taken as they
    come: at signing time they only decide what is embedded, and a verifier judges them against
    its own trust list.
    """
    from pyhanko_certvalidator import ValidationContext

    roots = [_asn1(c) for c in material.trust_roots]
    roots += _tops([_asn1(c) for c in signer_chain])
    if authority is not None:
        roots += _tops(list(authority.timestamper.cert_registry))
    return ValidationContext(
        trust_roots=roots,
        crls=material.crls,
        allow_fetching=False,
        revocation_mode="soft-fail",
    )


def validate_signature(signature, trust_roots: list[x509.Certificate], crls: list[bytes] = ()):
    """pyHanko's status of one embedded signature, judged from the file alone plus the given CRLs.

    With a timestamp that chains to a trusted root, the signer's certificate is judged at the
    moment the timestamp proves (PAdES B-T/B-LT), with the certificates and CRLs embedded in the
    file and any newer CRLs given: a certificate that expired or was revoked after that moment
    leaves the signature valid; one revoked before it does not. Without one, it is judged now.
    """
    from asn1crypto import crl as asn1_crl
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.dss import DocumentSecurityStore
    from pyhanko.sign.validation.errors import NoDSSFoundError
    from pyhanko_certvalidator import ValidationContext

    try:
        dss = DocumentSecurityStore.read_dss(signature.reader)
    except NoDSSFoundError:
        dss = None
    known = [asn1_crl.CertificateList.load(c) for c in crls]
    if dss is not None:
        known += [asn1_crl.CertificateList.load(ref.get_object().data) for ref in dss.crls]
    options = {
        "trust_roots": [_asn1(c) for c in trust_roots],
        "other_certs": list(dss.load_certs()) if dss is not None else [],
        "crls": known,
        "allow_fetching": False,
    }
    timestamps = ValidationContext(**options, revocation_mode="soft-fail")
    moment = proven_signing_time(signature, timestamps)
    signer = ValidationContext(
        **options,
        moment=moment,
        revinfo_policy=_revocation_policy(signature, known, retroactive=moment is not None),
    )
    return validate_pdf_signature(signature, signer, ts_validation_context=timestamps)


def proven_signing_time(signature, context):
    """The moment the signature's RFC 3161 timestamp proves, if it is intact and trusted."""
    from pyhanko.sign.validation.generic_cms import collect_timing_info

    timing = asyncio.run(collect_timing_info(signature.signer_info, context, lambda _algo: b""))
    status = timing.get("timestamp_validity")
    if status is None or not (status.intact and status.valid and status.trusted):
        return None
    return status.timestamp


def _revocation_policy(signature, crls: list, *, retroactive: bool):
    """A CRL is required for a signer whose issuer published one (the office's own root issues
    certificates without a distribution point, so nothing would ask for it otherwise); other
    certificates are checked when they name revocation data, softly, since nothing is fetched."""
    from pyhanko_certvalidator.policy_decl import (
        CertRevTrustPolicy,
        RevocationCheckingPolicy,
        RevocationCheckingRule,
    )

    issuer = signature.signer_cert.issuer
    published = any(crl["tbs_cert_list"]["issuer"] == issuer for crl in crls)
    soft = RevocationCheckingRule.CHECK_IF_DECLARED_SOFT
    return CertRevTrustPolicy(
        RevocationCheckingPolicy(
            ee_certificate_rule=RevocationCheckingRule.CRL_REQUIRED if published else soft,
            intermediate_ca_cert_rule=soft,
        ),
        retroactive_revinfo=retroactive,
    )


def dss_settings():
    """Validation data in the same revision as the signature: one update per signer, B-LT at once."""
    from pyhanko.sign.signers.pdf_signer import DSSContentSettings, SigDSSPlacementPreference

    return DSSContentSettings(
        include_vri=False, placement=SigDSSPlacementPreference.TOGETHER_WITH_SIGNATURE
    )


def add_archive_timestamp(
    pdf: bytes, authority: TimestampAuthority, material: ValidationMaterial, prepare=None
) -> bytes:
    """Bring a signed document to PAdES B-LTA: fresh validation data for every signature and
    timestamp in it, then a document timestamp over the whole file, in one incremental update.

    `prepare(writer)` may add to the same update before it is timestamped (the metadata).
    """
    from asn1crypto import crl as asn1_crl
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.signers.pdf_signer import PdfTimeStamper, TimestampDSSContentSettings
    from pyhanko.sign.validation import DocumentSecurityStore, collect_validation_info

    reader = PdfFileReader(BytesIO(pdf), strict=False)
    signatures = [*reader.embedded_regular_signatures, *reader.embedded_timestamp_signatures]
    if not reader.embedded_regular_signatures:
        raise InvalidInput(tr("Dokumen ini belum ditandatangani; belum ada yang perlu diperbarui"))
    context = signing_context(material, authority)

    async def paths():
        collected = []
        for signature in signatures:
            collected += await collect_validation_info(signature, context)
        return collected

    writer = IncrementalPdfFileWriter(BytesIO(pdf), strict=False)
    # The office's CRLs go in as they are: its certificates name no distribution point, so
    # collecting validation data would not ask for them.
    DocumentSecurityStore.supply_dss_in_writer(
        writer,
        None,
        paths=asyncio.run(paths()),
        crls=[asn1_crl.CertificateList.load(c) for c in material.crls],
        validation_context=context,
    )
    if prepare is not None:
        prepare(writer)
    out = BytesIO()
    try:
        PdfTimeStamper(authority.timestamper, field_name=_timestamp_field(reader)).timestamp_pdf(
            writer,
            DIGEST,
            validation_context=context,
            output=out,
            dss_settings=TimestampDSSContentSettings(include_vri=False, update_before_ts=True),
        )
    except OSError as error:
        raise InvalidInput(
            tr("Layanan cap waktu {url} berhenti menjawab: {reason}").format(
                url=authority.url, reason=why_unreachable(error)
            )
        ) from None
    return out.getvalue()


def _timestamp_field(reader) -> str:
    return f"cap_waktu_arsip_{len(reader.embedded_timestamp_signatures) + 1}"


def _tops(certificates: list) -> list:
    """The certificates at the top of a delivered chain: those whose issuer was not delivered."""
    subjects = {c.subject.dump() for c in certificates}
    return [c for c in certificates if c.self_signed != "no" or c.issuer.dump() not in subjects]


def _asn1(certificate: x509.Certificate):
    from asn1crypto import x509 as asn1_x509

    return asn1_x509.Certificate.load(certificate.public_bytes(Encoding.DER))
