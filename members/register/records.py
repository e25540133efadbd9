"""The encrypted parts of a person's record, in plain form, and how they are sealed.

A person's identity (names, other names, date of birth), contact details and
sensitive section are each one JSON document, encrypted with the person's data key
and bound to the person's row and the field it lives in (``crypto.encrypt_field``).
A case note's text and a movement's note are bound to their own rows, with the data
key of the person they concern. Nothing here touches the database.
"""

import datetime
import json
from dataclasses import asdict, dataclass

from members.register.crypto import decrypt_field, encrypt_field

PERSON_TABLE = "register_person"
MOVEMENT_TABLE = "register_movement"
NOTE_TABLE = "register_casenote"
# A referral's message to the receiving agency, sealed with the person's data key.
REFERRAL_TABLE = "register_referral"


@dataclass(frozen=True)
class BirthDate:
    """A date of birth with as much as is known: a year, a year and month, or a full date."""

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self):
        if self.day is not None and self.month is None:
            raise ValueError("a day of birth needs a month")
        # Raises ValueError for an impossible date.
        datetime.date(self.year, self.month or 1, self.day or 1)

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    def isoformat(self) -> str:
        """``1985``, ``1985-03`` or ``1985-03-12``: also the blind indexes' form."""
        parts = [f"{self.year:04d}"]
        if self.month:
            parts.append(f"{self.month:02d}")
        if self.day:
            parts.append(f"{self.day:02d}")
        return "-".join(parts)

    @classmethod
    def fromisoformat(cls, value: str) -> "BirthDate":
        numbers = [int(part) for part in value.split("-")]
        return cls(*numbers)


@dataclass(frozen=True)
class Identity:
    """Who the person is: names as they use them, other names or spellings, birth."""

    given_names: str
    family_names: str
    birth: BirthDate
    other_names: tuple[str, ...] = ()

    @property
    def full_name(self) -> str:
        return f"{self.given_names} {self.family_names}".strip()


@dataclass(frozen=True)
class Contact:
    """How to reach the person: phone, e-mail, and where they can usually be found."""

    phone: str = ""
    email: str = ""
    whereabouts: str = ""

    def __bool__(self) -> bool:
        return any((self.phone, self.email, self.whereabouts))


@dataclass(frozen=True)
class Sensitive:
    """Special-category data: health, ethnicity or community, other notes."""

    health: str = ""
    community: str = ""
    other: str = ""

    def __bool__(self) -> bool:
        return any((self.health, self.community, self.other))


def seal(data_key: bytes, value: str, *, table: str, row, name: str) -> bytes:
    return encrypt_field(data_key, value, table=table, row=str(row), field=name)


def unseal(data_key: bytes, ciphertext: bytes, *, table: str, row, name: str) -> str:
    return decrypt_field(data_key, bytes(ciphertext), table=table, row=str(row), field=name)


def identity_to_json(identity: Identity) -> str:
    document = asdict(identity)
    document["birth"] = identity.birth.isoformat()
    document["other_names"] = list(identity.other_names)
    return json.dumps(document, ensure_ascii=False)


def identity_from_json(text: str) -> Identity:
    document = json.loads(text)
    return Identity(
        given_names=document["given_names"],
        family_names=document["family_names"],
        birth=BirthDate.fromisoformat(document["birth"]),
        other_names=tuple(document.get("other_names", ())),
    )


def contact_to_json(contact: Contact) -> str:
    return json.dumps(asdict(contact), ensure_ascii=False)


def contact_from_json(text: str) -> Contact:
    return Contact(**json.loads(text))


def sensitive_to_json(sensitive: Sensitive) -> str:
    return json.dumps(asdict(sensitive), ensure_ascii=False)


def sensitive_from_json(text: str) -> Sensitive:
    return Sensitive(**json.loads(text))
