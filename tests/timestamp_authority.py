"""A real RFC 3161 timestamp authority on 127.0.0.1 for tests.

pyHanko's own test TSA (DummyTimeStamper) signs the tokens with a certificate made here, and a
small WSGI server answers `application/timestamp-query` POSTs over HTTP, as a real authority does.
`clock` can be moved to make tokens for another moment (a signature "made" after a revocation).
"""

from __future__ import annotations

import asyncio
import threading
from datetime import UTC, datetime, timedelta
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from asn1crypto import keys, tsp
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID


class _Quiet(WSGIRequestHandler):
    def log_message(self, *_args) -> None:
        pass


class TimestampAuthority:
    """Start with `with TimestampAuthority() as tsa:`; `tsa.url` takes requests, `tsa.root` is its CA."""

    def __init__(self) -> None:
        now = datetime.now(UTC) - timedelta(days=1)
        root_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        root_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Uji Akar Cap Waktu")])
        self.root = (
            x509.CertificateBuilder()
            .subject_name(root_name)
            .issuer_name(root_name)
            .public_key(root_key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now)
            .not_valid_after(now + timedelta(days=365 * 20))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(root_key, hashes.SHA256())
        )
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.certificate = (
            x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Uji Cap Waktu")]))
            .issuer_name(root_name)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now)
            .not_valid_after(now + timedelta(days=365 * 15))
            .add_extension(
                x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True
            )
            .sign(root_key, hashes.SHA256())
        )
        self._key = keys.PrivateKeyInfo.load(
            key.private_bytes(Encoding.DER, PrivateFormat.PKCS8, NoEncryption())
        )
        self.clock: datetime | None = None  # None: the real time
        self.requests = 0
        self._server: WSGIServer | None = None

    def _stamper(self):
        from pyhanko.sign.timestamps import DummyTimeStamper

        return DummyTimeStamper(
            tsa_cert=_asn1(self.certificate),
            tsa_key=self._key,
            certs_to_embed=[_asn1(self.certificate), _asn1(self.root)],
            fixed_dt=self.clock,
        )

    def _app(self, environ, start_response):
        length = int(environ.get("CONTENT_LENGTH") or 0)
        request = tsp.TimeStampReq.load(environ["wsgi.input"].read(length))
        response = asyncio.run(self._stamper().async_request_tsa_response(request))
        self.requests += 1
        start_response("200 OK", [("Content-Type", "application/timestamp-reply")])
        return [response.dump()]

    @property
    def url(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_port}/tsa"

    def __enter__(self) -> TimestampAuthority:
        self._server = make_server("127.0.0.1", 0, self._app, handler_class=_Quiet)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *_exc) -> None:
        assert self._server is not None
        self._server.shutdown()
        self._server.server_close()


def _asn1(certificate: x509.Certificate):
    return asn1_x509.Certificate.load(certificate.public_bytes(Encoding.DER))
