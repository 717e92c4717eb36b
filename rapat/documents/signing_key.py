"""A pyHanko signer that signs with the private key as the officer's PKCS#12 opened it.

pyHanko's SimpleSigner keeps the key as DER and loads it again for every signature it computes:
twice per PDF signature (the size estimate and the signature itself). Loading an RSA key checks
it, which takes about 0.15 s for the officers' 3072-bit keys, so those loads were a third of
signing. This signer uses the key object it is given; the PKCS#12 loader has checked it once.
"""

from __future__ import annotations

from asn1crypto import keys
from cryptography.hazmat.primitives.asymmetric.ec import ECDSA, EllipticCurvePrivateKey
from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat
from pyhanko.sign.signers import SimpleSigner
from pyhanko_certvalidator.util import get_pyca_cryptography_hash


class OpenKeySigner(SimpleSigner):
    """SimpleSigner with the key kept open: RSA (PKCS#1 v1.5) and ECDSA keys sign with it
    directly; any other mechanism goes through pyHanko's own path."""

    def __init__(self, key, **options) -> None:
        der = key.private_bytes(Encoding.DER, PrivateFormat.PKCS8, NoEncryption())
        super().__init__(signing_key=keys.PrivateKeyInfo.load(der), **options)
        self.open_key = key

    def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
        mechanism = self.get_signature_mechanism_for_digest(digest_algorithm).signature_algo
        digest = get_pyca_cryptography_hash(digest_algorithm)
        if mechanism == "rsassa_pkcs1v15" and isinstance(self.open_key, RSAPrivateKey):
            return self.open_key.sign(data, PKCS1v15(), digest)
        if mechanism == "ecdsa" and isinstance(self.open_key, EllipticCurvePrivateKey):
            return self.open_key.sign(data, ECDSA(digest))
        return super().sign_raw(data, digest_algorithm)
