"""A bundle on the wire: JSON -> zlib -> AES-256-GCM with the post's exchange key -> Ed25519 signature of the sender.

The exchange key is not the post's passphrase: it is made at `sync init` and carried to headquarters in
the post's key file, so the bundle can travel by memory stick or e-mail and only the two ends read it.
The header (sender, which post's key) is authenticated by the signature and by GCM as associated data.
"""

import json
import os
import zlib

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from micic_planner.core.errors import SyncError
from micic_planner.core.i18n import _

MAGIC = b"MICIC-SYNC\x01"
SIGNATURE = 64


def new_keys() -> tuple[bytes, bytes]:
    """(Ed25519 private key, AES-256 exchange key), raw."""
    from cryptography.hazmat.primitives import serialization

    private = Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption())
    return private, AESGCM.generate_key(bit_length=256)


def public_key(private: bytes) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return Ed25519PrivateKey.from_private_bytes(private).public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def seal(payload: str, *, sender: str, key_site: str, exchange_key: bytes, signing_key: bytes) -> bytes:
    nonce = os.urandom(12)
    header = json.dumps({"from": sender, "key": key_site, "nonce": nonce.hex()}).encode()
    body = AESGCM(exchange_key).encrypt(nonce, zlib.compress(payload.encode(), 6), MAGIC + header)
    unsigned = MAGIC + len(header).to_bytes(2, "big") + header + body
    return unsigned + Ed25519PrivateKey.from_private_bytes(signing_key).sign(unsigned)


def header(blob: bytes, where: str = "") -> dict:
    """Who sent the bundle and whose key opens it, before anything is trusted."""
    if not blob.startswith(MAGIC) or len(blob) < len(MAGIC) + 2 + SIGNATURE:
        raise SyncError(_("This file is not a MICIC change bundle."), where=where,
                        hint=_("Choose a bundle written by 'sync export'."))
    size = int.from_bytes(blob[len(MAGIC):len(MAGIC) + 2], "big")
    try:
        return json.loads(blob[len(MAGIC) + 2:len(MAGIC) + 2 + size])
    except ValueError as exc:
        raise SyncError(_("The change bundle is damaged."), where=where,
                        hint=_("Ask the sending site for a new bundle.")) from exc


def open_bundle(blob: bytes, *, signer_key: bytes, exchange_key: bytes, where: str = "") -> str:
    """The payload, once the signature and the encryption are both verified."""
    head = header(blob, where)
    unsigned, signature = blob[:-SIGNATURE], blob[-SIGNATURE:]
    try:
        Ed25519PublicKey.from_public_bytes(signer_key).verify(signature, unsigned)
    except InvalidSignature as exc:
        raise SyncError(_("The change bundle is not signed by the site it names; it was not imported."),
                        where=where, hint=_("The file was changed on the way or forged: ask for a new one.")) from exc
    size = int.from_bytes(blob[len(MAGIC):len(MAGIC) + 2], "big")
    start = len(MAGIC) + 2 + size
    try:
        plain = AESGCM(exchange_key).decrypt(bytes.fromhex(head["nonce"]), unsigned[start:],
                                             MAGIC + unsigned[len(MAGIC) + 2:start])
    except InvalidTag as exc:
        raise SyncError(_("The change bundle cannot be decrypted with this post's exchange key."), where=where,
                        hint=_("Register the post's current key file, then import again.")) from exc
    return zlib.decompress(plain).decode()
