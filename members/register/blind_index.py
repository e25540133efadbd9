"""Keyed blind indexes: find a person by name and date of birth without their plaintext.

Names are normalised first, so that writings of one name meet: case folded, accents
removed, and Cyrillic, Greek and Arabic letters transliterated into Latin ones
(``anyascii``), so "ŞTEFAN", "Ștefan" and "stefan" give one index, and "Иван" the index
of "ivan". Spelling variants ("Ионеску" is "ionesku", not "ionescu"; "Ionesco") meet
in the phonetic index, which hashes the family name's Metaphone key (``jellyfish``)
with the year of birth. The index is a
keyed HMAC-SHA256 with its own key (``REGISTER_INDEX_KEY``, never the encryption key):
without that key an index tells nothing, and never is an identifier hashed without a
key. Each kind of index has its own label in what is hashed, so that two kinds never
match each other.
"""

import base64
import binascii
import hashlib
import hmac
import re
import unicodedata

import jellyfish
from anyascii import anyascii

from django.conf import settings

from members.register.crypto import RegisterKeyError

INDEX_KEY_BYTES = 32
_NOT_LETTERS = re.compile(r"[^a-z0-9]+")


def normalise_name(name: str) -> str:
    """The name as indexes see it: Latin letters and digits, lower case, one space apart."""
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return _NOT_LETTERS.sub(" ", anyascii(bare).casefold()).strip()


def index_key() -> bytes:
    """``REGISTER_INDEX_KEY`` (base64 of 32 random bytes) from the settings."""
    value = getattr(settings, "REGISTER_INDEX_KEY", "") or ""
    try:
        key = base64.b64decode(value, validate=True)
    except binascii.Error:
        key = b""
    if len(key) != INDEX_KEY_BYTES:
        raise RegisterKeyError("REGISTER_INDEX_KEY must be the base64 of 32 random bytes")
    return key


def blind_index(kind: str, *parts: str, key: bytes | None = None) -> str:
    """The keyed index of ``parts`` (already normalised) for one ``kind`` of index."""
    message = "\x1f".join([kind, *parts]).encode()
    return hmac.new(key or index_key(), message, hashlib.sha256).hexdigest()


def name_and_birth_index(
    family_names: str, given_names: str, birth: str, *, key: bytes | None = None
) -> str:
    """The index of a person's names and date of birth (as recorded: ``1987``,
    ``1987-04`` or ``1987-04-12``); the order of the given names does not matter."""
    given = " ".join(sorted(normalise_name(given_names).split()))
    return blind_index("name+birth", normalise_name(family_names), given, birth, key=key)


def phonetic_index(family_names: str, birth: str, *, key: bytes | None = None) -> str:
    """The index of how a family name sounds, with the year of birth: "Ionescu",
    "Ionesco" and "Ионеску" born in 1987 meet here."""
    sounds = " ".join(jellyfish.metaphone(word) for word in normalise_name(family_names).split())
    return blind_index("phonetic", sounds, birth[:4], key=key)
