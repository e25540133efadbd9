"""Encryption at rest of the register's fields: envelope encryption with AES-GCM.

Every person has a data key of their own (``new_data_key``). Their fields are encrypted
with it, each ciphertext bound to its table, row and field through the associated data:
a ciphertext copied to another row or field fails to decrypt. The data key is stored
wrapped by a master key from the environment (``REGISTER_MASTER_KEYS``: several
versions, the first active), bound to the person it belongs to. Rotating the master key
therefore rewraps data keys only (``rewrap``), and erasing a person will mean destroying
their data key: every copy of their fields, backups included, becomes unreadable.

Formats (bytes, versioned by a first byte so that they can change later):

- a wrapped data key: ``0x01`` · master key version (2 bytes) · nonce (12) · ciphertext;
- an encrypted field: ``0x01`` · nonce (12) · ciphertext.
"""

import base64
import binascii
import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from django.conf import settings

FORMAT = b"\x01"
NONCE_BYTES = 12
KEY_BYTES = 32


class RegisterKeyError(Exception):
    """The master keys are missing, malformed, or lack the version a key was wrapped with."""


class RegisterDecryptionError(Exception):
    """A ciphertext does not open: wrong key, wrong row or field, or altered."""


@dataclass(frozen=True)
class MasterKeys:
    """The master keys by version; the active one wraps new and rewrapped data keys."""

    active_version: int
    keys: dict[int, bytes]

    def key(self, version: int) -> bytes:
        try:
            return self.keys[version]
        except KeyError:
            raise RegisterKeyError(f"no master key of version {version}") from None


def parse_master_keys(value: str) -> MasterKeys:
    """``REGISTER_MASTER_KEYS`` read: ``version:base64-key`` entries separated by commas,
    the active one first (``2:…,1:…``); each key is 32 random bytes."""
    keys: dict[int, bytes] = {}
    order: list[int] = []
    for entry in (part.strip() for part in value.split(",")):
        if not entry:
            continue
        version_text, _sep, encoded = entry.partition(":")
        try:
            version = int(version_text)
            key = base64.b64decode(encoded, validate=True)
        except (ValueError, binascii.Error):
            raise RegisterKeyError(
                "REGISTER_MASTER_KEYS: each entry is version:base64-key"
            ) from None
        if not 0 < version < 2**16 or len(key) != KEY_BYTES or version in keys:
            raise RegisterKeyError(
                "REGISTER_MASTER_KEYS: versions are distinct numbers from 1 to 65535, "
                "keys are 32 bytes"
            )
        keys[version] = key
        order.append(version)
    if not keys:
        raise RegisterKeyError("REGISTER_MASTER_KEYS is empty")
    return MasterKeys(order[0], keys)


def master_keys() -> MasterKeys:
    """The master keys the settings name (``REGISTER_MASTER_KEYS``)."""
    return parse_master_keys(getattr(settings, "REGISTER_MASTER_KEYS", "") or "")


def new_data_key() -> bytes:
    """A fresh random data key for one person."""
    return AESGCM.generate_key(bit_length=8 * KEY_BYTES)


def _key_binding(person_uuid: str, version: int) -> bytes:
    return f"register-data-key|{person_uuid}|{version}".encode()


def wrap_data_key(data_key: bytes, *, person_uuid: str, keys: MasterKeys | None = None) -> bytes:
    """The data key encrypted by the active master key, bound to its person."""
    keys = keys or master_keys()
    version = keys.active_version
    nonce = os.urandom(NONCE_BYTES)
    sealed = AESGCM(keys.key(version)).encrypt(nonce, data_key, _key_binding(person_uuid, version))
    return FORMAT + version.to_bytes(2, "big") + nonce + sealed


def wrapped_key_version(wrapped: bytes) -> int:
    """The master key version a wrapped data key needs."""
    if len(wrapped) < 3 + NONCE_BYTES or wrapped[:1] != FORMAT:
        raise RegisterDecryptionError("not a wrapped data key")
    return int.from_bytes(wrapped[1:3], "big")


def unwrap_data_key(wrapped: bytes, *, person_uuid: str, keys: MasterKeys | None = None) -> bytes:
    """The person's data key; fails for another person's wrapped key or an altered one."""
    keys = keys or master_keys()
    version = wrapped_key_version(wrapped)
    nonce, sealed = wrapped[3 : 3 + NONCE_BYTES], wrapped[3 + NONCE_BYTES :]
    try:
        return AESGCM(keys.key(version)).decrypt(nonce, sealed, _key_binding(person_uuid, version))
    except InvalidTag:
        raise RegisterDecryptionError("the data key does not open for this person") from None


def rewrap(wrapped: bytes, *, person_uuid: str, keys: MasterKeys | None = None) -> bytes:
    """The same data key wrapped by the active master key (unchanged if it already is)."""
    keys = keys or master_keys()
    if wrapped_key_version(wrapped) == keys.active_version:
        return wrapped
    data_key = unwrap_data_key(wrapped, person_uuid=person_uuid, keys=keys)
    return wrap_data_key(data_key, person_uuid=person_uuid, keys=keys)


def _field_binding(table: str, row: str, field: str) -> bytes:
    return f"register-field|{table}|{row}|{field}".encode()


def encrypt_field(data_key: bytes, plaintext: str, *, table: str, row: str, field: str) -> bytes:
    """``plaintext`` sealed for this table, row and field only."""
    nonce = os.urandom(NONCE_BYTES)
    sealed = AESGCM(data_key).encrypt(nonce, plaintext.encode(), _field_binding(table, row, field))
    return FORMAT + nonce + sealed


def decrypt_field(data_key: bytes, ciphertext: bytes, *, table: str, row: str, field: str) -> str:
    """The plaintext of a field; fails when moved to another row or field, or altered."""
    if len(ciphertext) < 1 + NONCE_BYTES or ciphertext[:1] != FORMAT:
        raise RegisterDecryptionError("not an encrypted field")
    nonce, sealed = ciphertext[1 : 1 + NONCE_BYTES], ciphertext[1 + NONCE_BYTES :]
    try:
        return AESGCM(data_key).decrypt(nonce, sealed, _field_binding(table, row, field)).decode()
    except InvalidTag:
        raise RegisterDecryptionError("the field does not open here") from None
