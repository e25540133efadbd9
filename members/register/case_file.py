"""A person's case file as their page shows it, and the one movement or note a form opens.

Reads only: everything starts from ``visible_to(user)`` (through ``selectors``), and
what is decrypted here lives for the request only. The views call these inside the
transaction that writes the audit event of the read. A page of any length runs the
same few queries: movements and notes come with the rows they refer to, and each of
them is given the person already in hand, whose data key is unwrapped once.
"""

from dataclasses import dataclass

from django.utils.safestring import SafeString

from members.agencies.models import AuditAction, AuditEvent
from members.register.episodes import SupportEpisode, support_episodes
from members.register.models import CaseNote, Movement, Person
from members.register.records import Contact, Identity
from members.register.selectors import (
    Access,
    access_of,
    notes_of,
    open_contact,
    open_identity,
    open_movement_note,
    open_note,
    timeline,
)
from members.register.services import note_can_change
from members.register.vocabulary import ChangeReason, RevealReason, SharePart
from network_site.core.user_text import render_user_text

# What the history of changes lists: every write about the person, no reads.
CHANGE_ACTIONS = (
    AuditAction.PERSON_CREATE,
    AuditAction.PERSON_CHANGE,
    AuditAction.SENSITIVE_CHANGE,
    AuditAction.MOVEMENT_RECORD,
    AuditAction.MOVEMENT_CORRECT,
    AuditAction.NOTE_WRITE,
    AuditAction.NOTE_CHANGE,
)
# Where on the person page the movement or note of a change is (its UUID is the detail).
ANCHORS_BY_ACTION = {
    AuditAction.MOVEMENT_RECORD: "movement",
    AuditAction.MOVEMENT_CORRECT: "movement",
    AuditAction.NOTE_WRITE: "note",
    AuditAction.NOTE_CHANGE: "note",
}
# The vocabulary each audited change takes its reason from.
REASONS_BY_ACTION = {
    AuditAction.PERSON_CHANGE: ChangeReason,
    AuditAction.SENSITIVE_CHANGE: RevealReason,
}


@dataclass(frozen=True)
class TimelineEntry:
    """A movement with its note in plain text and, if corrected, the event correcting it."""

    movement: Movement
    note: str
    correction: Movement | None

    @property
    def corrected(self) -> bool:
        return self.correction is not None


@dataclass(frozen=True)
class NoteEntry:
    """A case note rendered from Markdown, its correction, and whether the reader may change it."""

    note: CaseNote
    body: SafeString
    correction: CaseNote | None
    changeable: bool

    @property
    def corrected(self) -> bool:
        return self.correction is not None


@dataclass(frozen=True)
class CaseFile:
    """Everything the person page shows, except the sensitive section (never there).

    Only the parts ``access`` opens are read and decrypted: for a share without
    identity, ``identity`` and ``contact`` are None and the page names the person by
    the agency that shared them; a part out of scope is an empty list."""

    person: Person
    access: Access
    identity: Identity | None
    contact: Contact | None
    timeline: list[TimelineEntry]
    episodes: list[SupportEpisode]
    notes: list[NoteEntry]


def identity_for(user, person: Person) -> Identity | None:
    """The person's identity, decrypted, if the user may read it; else None (nothing read)."""
    return open_identity(person) if access_of(user, person).opens(SharePart.IDENTITY) else None


def case_file(user, person: Person) -> CaseFile:
    """The person's case file as ``user`` may read it, decrypted."""
    access = access_of(user, person)
    opens_identity = access.opens(SharePart.IDENTITY)
    movements = timeline(user, person) if access.opens(SharePart.MOVEMENTS) else []
    corrections = {m.supersedes_id: m for m in movements if m.supersedes_id}
    for movement in movements:
        movement.person = person
    entries = [
        TimelineEntry(movement, open_movement_note(movement), corrections.get(movement.pk))
        for movement in movements
    ]
    notes = notes_of(user, person) if access.opens(SharePart.NOTES) else []
    note_corrections = {n.supersedes_id: n for n in notes if n.supersedes_id}
    for note in notes:
        note.person = person
    return CaseFile(
        person=person,
        access=access,
        identity=open_identity(person) if opens_identity else None,
        contact=open_contact(person) if opens_identity else None,
        timeline=entries,
        episodes=support_episodes(m for m in movements if m.pk not in corrections),
        notes=[
            NoteEntry(
                note,
                render_user_text(open_note(note)),
                note_corrections.get(note.pk),
                note_can_change(note, user),
            )
            for note in notes
        ],
    )


def movement_of(user, person: Person, movement_id) -> Movement:
    """One movement of the person, with its correction if any; ``Movement.DoesNotExist``
    when it is not theirs or not visible to the user (a 404)."""
    movement = (
        Movement.objects.visible_to(user)
        .filter(person=person)
        .select_related("superseded_by", "supersedes")
        .get(pk=movement_id)
    )
    movement.person = person
    return movement


def note_of(user, person: Person, note_id) -> CaseNote:
    """One case note about the person, with its correction if any; ``CaseNote.DoesNotExist``
    when it is not theirs or not visible to the user (a 404)."""
    note = (
        CaseNote.objects.visible_to(user)
        .filter(person=person)
        .select_related("author", "superseded_by", "supersedes")
        .get(pk=note_id)
    )
    note.person = person
    return note


def correction_of(record: Movement | CaseNote) -> Movement | CaseNote | None:
    """The later event or note that corrects ``record``, if there is one."""
    try:
        return record.superseded_by
    except type(record).DoesNotExist:
        return None


def changes_of(person: Person):
    """The person's history of changes, newest first: the audit events of every write
    about them in their agency's trail (the reads are in the agency admin's audit log)."""
    return (
        AuditEvent.objects.filter(
            agency=person.agency, person_uuid=person.pk, action__in=CHANGE_ACTIONS
        )
        .select_related("actor")
        .order_by("-sequence")
    )


@dataclass(frozen=True)
class Change:
    """One line of the history of changes: the audit event, its reason in words, and
    where on the person page the movement or note it changed is (``anchor``)."""

    event: AuditEvent
    reason: str
    anchor: str

    @classmethod
    def of(cls, event: AuditEvent) -> "Change":
        vocabulary = REASONS_BY_ACTION.get(event.action)
        reason = event.reason
        if reason and vocabulary is not None and reason in vocabulary.values:
            reason = str(vocabulary(reason).label)
        anchor = ""
        if event.detail and event.action in ANCHORS_BY_ACTION:
            anchor = f"{ANCHORS_BY_ACTION[event.action]}-{event.detail}"
        return cls(event, reason, anchor)
