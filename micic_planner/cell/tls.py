"""The host's certificate: self-signed, kept beside the post, its private key encrypted at rest.

The key is encrypted (PKCS#8, the `cryptography` package's best available scheme) with a password
derived by HKDF from the post's own key, so it opens only where the post's passphrase was given; a
plain training post keeps it readable by its owner only (mode 0600). Officers pin the certificate's
SHA-256 fingerprint instead of trusting a certificate authority: there is none on an embassy LAN.
"""

import datetime
import hashlib
import ipaddress
import os
import ssl
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.x509.oid import NameOID

VALID_DAYS = 825


def folder_for(post: Path) -> Path:
    """Where the cell keeps its certificate and the officers it admitted: beside the post file."""
    return post.with_name(post.name + ".cell")


def _password(post_key: bytes | None) -> bytes | None:
    if post_key is None:
        return None
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"micic cell tls key").derive(post_key)


def fingerprint(cert_der: bytes) -> str:
    """SHA-256 of the certificate, as the colon-separated hex people compare by eye."""
    digest = hashlib.sha256(cert_der).hexdigest().upper()
    return ":".join(digest[i:i + 2] for i in range(0, len(digest), 2))


def normal_fingerprint(text: str) -> str:
    return "".join(c for c in text.upper() if c in "0123456789ABCDEF")


class Certificate:
    def __init__(self, folder: Path, post_key: bytes | None):
        self.folder = Path(folder)
        self.cert_path = self.folder / "host-cert.pem"
        self.key_path = self.folder / "host-key.pem"
        self._password = _password(post_key)
        if not self.cert_path.exists() or not self.key_path.exists():
            self._generate()

    def _generate(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        os.chmod(self.folder, 0o700)
        key = ec.generate_private_key(ec.SECP256R1())
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "MICIC Planner crisis cell")])
        now = datetime.datetime.now(datetime.UTC)
        cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
                .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(days=1))
                .not_valid_after(now + datetime.timedelta(days=VALID_DAYS))
                .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost"),
                                                            x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                               critical=False)
                .sign(key, hashes.SHA256()))
        crypt = (serialization.BestAvailableEncryption(self._password) if self._password
                 else serialization.NoEncryption())
        pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, crypt)
        fd = os.open(self.key_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(pem)
        self.cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))

    @property
    def der(self) -> bytes:
        cert = x509.load_pem_x509_certificate(self.cert_path.read_bytes())
        return cert.public_bytes(serialization.Encoding.DER)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.der)

    def server_context(self) -> ssl.SSLContext:
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.minimum_version = ssl.TLSVersion.TLSv1_2
        ctx.load_cert_chain(self.cert_path, self.key_path, password=self._password)
        return ctx
