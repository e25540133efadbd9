"""The hash chain of the audit trail: how a row's hash is made, and how a chain is checked.

Each agency's audit events form one chain, numbered by ``sequence`` from 1. A row's
hash is SHA-256 over its own content and the previous row's hash (64 zeros for the
first), in a fixed JSON form. Anyone who alters, removes or inserts a row outside the
application (the triggers stop that through SQL, but not a superuser who drops them)
must rewrite every later hash, and ``audit_verify`` shows the first link that no
longer holds. The hash is not keyed: it proves that the chain is whole, not who wrote
it; publishing the latest hash elsewhere would anchor it.
"""

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

GENESIS = "0" * 64


def chain_hash(
    *,
    previous_hash: str,
    sequence: int,
    occurred_at,
    actor_id,
    agency_id,
    action: str,
    person_uuid,
    subject_id,
    reason: str,
    detail: str,
) -> str:
    """The hash of one audit row, given the hash of the row before it."""
    content = [
        previous_hash,
        sequence,
        occurred_at.isoformat(),
        str(actor_id),
        str(agency_id),
        action,
        str(person_uuid) if person_uuid else "",
        str(subject_id) if subject_id else "",
        reason,
        detail,
    ]
    encoded = json.dumps(content, separators=(",", ":"), ensure_ascii=False).encode()
    return hashlib.sha256(encoded).hexdigest()


def hash_of(event) -> str:
    """The hash a stored audit row should carry."""
    return chain_hash(
        previous_hash=event.previous_hash,
        sequence=event.sequence,
        occurred_at=event.occurred_at,
        actor_id=event.actor_id,
        agency_id=event.agency_id,
        action=event.action,
        person_uuid=event.person_uuid,
        subject_id=event.subject_id,
        reason=event.reason,
        detail=event.detail,
    )


@dataclass(frozen=True)
class BrokenLink:
    """The first place where an agency's chain does not hold, and why."""

    agency_id: object
    sequence: int
    problem: str


def broken_links(events: Iterable) -> Iterator[BrokenLink]:
    """Every break in one agency's chain (``events`` in sequence order)."""
    expected_sequence, previous = 1, GENESIS
    for event in events:
        if event.sequence != expected_sequence:
            yield BrokenLink(event.agency_id, expected_sequence, "missing")
        elif event.previous_hash != previous:
            yield BrokenLink(event.agency_id, event.sequence, "previous hash differs")
        elif hash_of(event) != event.hash:
            yield BrokenLink(event.agency_id, event.sequence, "content altered")
        expected_sequence, previous = event.sequence + 1, event.hash
