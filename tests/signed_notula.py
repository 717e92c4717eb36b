"""A finalized notula signed by its chair and note-taker, and forgeries of it, made with certificates
generated here; shared by the verification, signing and interface tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from io import BytesIO
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from rapat.db import Database, open_database
from rapat.documents.signing import SigningIdentity, sign_pdf
from rapat.services import certificates
from rapat.services.archive import document_bytes
from rapat.services.finalize import finalize, sign_archived
from rapat.services.interchange import read_meeting_file
from rapat.services.meetings import store_meeting
from rapat.services.organization import update_profile

ROOT_PASS, CHAIR_PASS, NOTE_PASS, STRANGER_PASS = (
    "akar-rahasia",
    "sandi-ketua",
    "sandi-notulis",
    "sandi-orang-lain",
)
CHAIR, NOTE_TAKER, STRANGER = (
    "Dr. Ir. Bambang Sutrisno, M.T.",
    "Dewi Lestari, S.Sos",
    "Nurul Aisyah",
)
CHAIR_NIP = "196805121994031007"  # as the example meeting records the chair
EXAMPLE = Path(__file__).parent / "data" / "meeting.json"


@dataclass
class Office:
    """An office's database with its root, three officers' certificates and one signed notula."""

    database: Database
    path: Path | str
    meeting_id: int
    document_id: int
    chair: int
    note: int
    stranger: int
    root_pem: bytes
    unsigned: bytes  # as finalized: the fields made, nobody signed yet
    half: bytes  # signed by the chair only
    signed: bytes  # signed by both

    def identity(self, certificate_id: int, passphrase: str) -> SigningIdentity:
        with self.database.session() as session:
            return certificates.signing_identity(session, certificate_id, passphrase)

    def p12(self, certificate_id: int) -> bytes:
        with self.database.session() as session:
            return certificates.pkcs12_data(session, certificate_id)


def make_office(path: Path | str, *, sign: bool = True) -> Office:
    """The example meeting finalized in a new database (a file path or URL) and, unless told not
    to, signed."""
    database = open_database(str(path))
    with database.session() as session:
        update_profile(
            session,
            letterhead="PEMERINTAH KABUPATEN LEMBAH HIJAU\nBADAN PENANGGULANGAN BENCANA DAERAH",
            signing_city="Lembah Hijau",
            signature_blocks="chair_note_taker",
        )
        certificates.create_root(session, "Pemerintah Kabupaten Lembah Hijau", ROOT_PASS)
        chair = certificates.issue_officer(session, ROOT_PASS, CHAIR, CHAIR_PASS, nip=CHAIR_NIP)
        note = certificates.issue_officer(session, ROOT_PASS, NOTE_TAKER, NOTE_PASS)
        stranger = certificates.issue_officer(session, ROOT_PASS, STRANGER, STRANGER_PASS)
        root_pem = certificates.root_pem(session).encode("ascii")
        meeting_id = store_meeting(session, read_meeting_file(EXAMPLE))
    with database.session() as session:
        document_id = finalize(session, meeting_id)
        unsigned = document_bytes(session, document_id)
    office = Office(
        database, path, meeting_id, document_id, chair, note, stranger, root_pem, unsigned, b"", b""
    )
    if sign:
        office.half = sign_as(office, office.chair, CHAIR_PASS, "ttd_ketua")
        office.signed = sign_as(office, office.note, NOTE_PASS, "ttd_notulis")
    return office


def sign_as(office: Office, certificate_id: int, passphrase: str, field: str) -> bytes:
    """Sign the office's archived notula in one block, as the window does; returns the new bytes."""
    identity = office.identity(certificate_id, passphrase)
    with office.database.session() as session:
        sign_archived(session, office.document_id, identity, field)
        return document_bytes(session, office.document_id)


def lookalike_forgery(office: Office) -> tuple[bytes, bytes]:
    """The notula with a decision whited out, signed in both blocks by certificates bearing the
    officers' names and NIP from a root named exactly like the office's own, but with another key.
    Returns the forgery and the look-alike root as PEM."""
    from cryptography.hazmat.primitives.serialization import Encoding

    real_root = x509.load_pem_x509_certificate(office.root_pem)
    root_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    root = _certificate(real_root.subject, real_root.subject, root_key, root_key, ca=True)
    pdf = whiteout_decision(office.unsigned)
    for name, nip, field in ((CHAIR, CHAIR_NIP, "ttd_ketua"), (NOTE_TAKER, None, "ttd_notulis")):
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        attributes = [x509.NameAttribute(NameOID.COMMON_NAME, name)]
        if nip:
            attributes.append(x509.NameAttribute(NameOID.SERIAL_NUMBER, nip))
        certificate = _certificate(x509.Name(attributes), root.subject, key, root_key, ca=False)
        pdf = sign_pdf(pdf, SigningIdentity(certificate, key, [root]), field=field)
    return pdf, root.public_bytes(Encoding.PEM)


def _certificate(subject, issuer, key, issuer_key, *, ca: bool) -> x509.Certificate:
    now = datetime.now(UTC)
    return (
        x509.CertificateBuilder().subject_name(subject).issuer_name(issuer)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(
            digital_signature=not ca, content_commitment=not ca, key_encipherment=False,
            data_encipherment=False, key_agreement=False, key_cert_sign=ca, crl_sign=ca,
            encipher_only=False, decipher_only=False), critical=True)
        .sign(issuer_key, hashes.SHA256())
    )  # fmt: skip


def whiteout_decision(pdf: bytes) -> bytes:
    """An incremental update that paints a white box over part of the first page's decisions."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(BytesIO(pdf))
    cover = generic.StreamObject(stream_data=b"q 1 1 1 rg 60 300 480 60 re f Q")
    writer.add_stream_to_page(0, writer.add_object(cover))
    return _written(writer)


def edit_document_info(pdf: bytes) -> bytes:
    """An incremental update that changes the title in the document information dictionary."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(BytesIO(pdf))
    info = writer.trailer["/Info"]
    info[generic.NameObject("/Title")] = generic.TextStringObject("Notula yang diubah")
    writer.update_container(info)
    return _written(writer)


def edit_xmp(pdf: bytes) -> bytes:
    """An incremental update that changes the title in the XMP metadata stream only."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(BytesIO(pdf))
    old = writer.root["/Metadata"]
    xml = old.data
    start = xml.index(b"<dc:title")
    value = xml.index(b'x-default">', start) + len(b'x-default">')
    stream = generic.StreamObject(
        {
            generic.NameObject("/Type"): generic.NameObject("/Metadata"),
            generic.NameObject("/Subtype"): generic.NameObject("/XML"),
        },
        stream_data=xml[:value] + b"DIUBAH " + xml[value:],
    )
    writer.root[generic.NameObject("/Metadata")] = writer.add_object(stream)
    writer.update_root()
    return _written(writer)


def _written(writer) -> bytes:
    out = BytesIO()
    writer.write(out)
    return out.getvalue()
