"""Signing and verifying load no HTTP client until something is to be fetched; then the real one
works: a signature timestamped by a real RFC 3161 authority on 127.0.0.1, the fetcher backend
pyHanko's AdES validation makes. Run in a fresh interpreter, which nothing has loaded aiohttp in."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = """
import sys
from datetime import UTC, datetime, timedelta
from io import BytesIO

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from reportlab.pdfgen import canvas

from rapat.documents.long_term import reach_timestamp_authority
from rapat.documents.signing import (
    FieldSpec, SigningIdentity, add_signature_fields, sign_pdf, verify_pdf
)
from timestamp_authority import TimestampAuthority

key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Pejabat Uji")])
now = datetime.now(UTC)
certificate = (
    x509.CertificateBuilder().subject_name(name).issuer_name(name)
    .public_key(key.public_key()).serial_number(x509.random_serial_number())
    .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=9))
    .sign(key, hashes.SHA256())
)
buffer = BytesIO()
page = canvas.Canvas(buffer)
page.drawString(72, 760, "NOTULA")
page.save()
fields = [FieldSpec("ttd_ketua", 0, (60, 80, 300, 150)), FieldSpec("ttd_notulis", 0, (320, 80, 560, 150))]
pdf = add_signature_fields(buffer.getvalue(), fields)
identity = SigningIdentity(certificate, key, [])

once = sign_pdf(pdf, identity, field="ttd_ketua")
(report,) = verify_pdf(once, [certificate])
assert report.sound and report.trusted, report
assert "aiohttp" not in sys.modules, "signing and verifying loaded aiohttp"

with TimestampAuthority() as tsa:
    authority, warning = reach_timestamp_authority(tsa.url)
    assert authority is not None, warning
    twice = sign_pdf(once, identity, field="ttd_notulis", authority=authority)
    reports = verify_pdf(twice, [certificate, tsa.root])
assert [r.sound and r.trusted for r in reports] == [True, True], reports
assert "aiohttp" in sys.modules

from pyhanko.sign.timestamps import HTTPTimeStamper
from pyhanko.sign.timestamps.aiohttp_client import HTTPTimeStamper as Real
from pyhanko.sign.validation import ades

assert HTTPTimeStamper is Real and isinstance(authority.timestamper, Real)
backend = ades.AIOHttpFetcherBackend()  # the name AdES validation imported before the package
from pyhanko_certvalidator.fetchers.aiohttp_fetchers import AIOHttpFetcherBackend

assert isinstance(backend, AIOHttpFetcherBackend) and AIOHttpFetcherBackend.__module__ == (
    "pyhanko_certvalidator.fetchers.aiohttp_fetchers"
), type(backend)
print("ok")
"""


def test_no_http_client_until_a_timestamp_authority_is_asked(tmp_path):
    tests = Path(__file__).resolve().parents[1]
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        cwd=tests.parent,
        env={"PYTHONPATH": f"{tests.parent}:{tests}", "PATH": "/usr/bin:/bin"},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
