"""Every write of the register, each with its audit event in the same transaction.

Reads that show personal data are audited too (``register_read_record``), so views
call them inside the transaction that reads. Every function takes the acting user
and re-checks, through ``visible_to``, that the person is theirs to touch: a person
outside it raises ``Person.DoesNotExist``, which views answer with 404.
"""

import datetime
from collections.abc import Iterable

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection, transaction
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from members.agencies.models import Agency, AuditAction
from members.agencies.services import audit_event_record
from members.register.crypto import master_keys, rewrap, wrapped_key_version
from members.register.keys import data_key_of, give_data_key
from members.register.models import CaseNote, Movement, Person, records_agency_ids
from members.register.records import (
    MOVEMENT_TABLE,
    NOTE_TABLE,
    PERSON_TABLE,
    Contact,
    Identity,
    Sensitive,
    contact_to_json,
    identity_to_json,
    seal,
    sensitive_to_json,
)
from members.register.selectors import (
    access_of,
    identity_indexes,
    matching_people,
    open_sensitive,
)
from members.register.vocabulary import (
    ChangeReason,
    DatePrecision,
    LegalBasis,
    MovementKind,
    MovementReason,
    MovementSource,
    RevealReason,
    Sex,
    SharePart,
    SupportNeed,
)
from members.register.whereabouts import whereabouts
from network_site.core.countries import COUNTRY_CODES
from network_site.core.spoken_languages import spoken_language_codes

NOTE_CHANGE_WINDOW = datetime.timedelta(hours=24)
NO_CONTACT = Contact()
NOTHING_SENSITIVE = Sensitive()


def _require_records_role(user, agency: Agency) -> None:
    if agency.pk not in records_agency_ids(user):
        raise PermissionDenied


def locked_person(user, person: Person, part: str | None = None) -> Person:
    """The person again, locked for this transaction, if the user may still act on them:
    as the owning agency's staff, or (with ``part``) through a share covering it."""
    people = Person.objects.visible_to(user, part) if part else Person.objects.owned_by(user)
    locked = people.select_for_update(of=("self",)).get(pk=person.pk)
    locked._data_key = getattr(person, "_data_key", None)
    return locked


def check_choices(value: str, choices, field: str, *, blank: bool = False) -> None:
    """Refuse a code that is not in the vocabulary ``choices`` (shared by the register's
    service modules, like ``locked_person``)."""
    if (value or not blank) and value not in choices.values:
        raise ValidationError({field: _("Choose one of the options.")})


def _check_country(value: str, field: str) -> None:
    if value and value not in COUNTRY_CODES:
        raise ValidationError({field: _("Choose a country from the list.")})


def _check_profile(*, sex, citizenship, languages, support_needs, legal_basis) -> None:
    check_choices(sex, Sex, "sex")
    _check_country(citizenship, "citizenship")
    check_choices(legal_basis, LegalBasis, "legal_basis")
    known_languages = set(spoken_language_codes())
    if any(code not in known_languages for code in languages):
        raise ValidationError({"languages": _("Choose languages from the list.")})
    if any(code not in SupportNeed.values for code in support_needs):
        raise ValidationError({"support_needs": _("Choose support needs from the list.")})


def _seal_identity(person: Person, identity: Identity) -> None:
    key = data_key_of(person)
    person.identity = seal(
        key, identity_to_json(identity), table=PERSON_TABLE, row=person.pk, name="identity"
    )
    person.name_index, person.phonetic_index = identity_indexes(identity)


def _seal_part(person: Person, name: str, document: str | None) -> bytes | None:
    """A part of the person's record sealed for its field, or None when it is empty."""
    if document is None:
        return None
    return seal(data_key_of(person), document, table=PERSON_TABLE, row=person.pk, name=name)


def _seal_contact(person: Person, contact: Contact) -> None:
    person.contact = _seal_part(person, "contact", contact_to_json(contact) if contact else None)


def _seal_sensitive(person: Person, sensitive: Sensitive) -> None:
    person.sensitive = _seal_part(
        person, "sensitive", sensitive_to_json(sensitive) if sensitive else None
    )


def register_read_record(
    *,
    user,
    action: str,
    person: Person | None = None,
    agencies: Iterable[Agency] = (),
    detail: str = "",
) -> None:
    """Audit a read of register data (a list, a search, a record, a history).

    With a person: in the audit trail of the person's agency, and of the agencies whose
    shares opened the person to the user (``_audit_person``). Without one: in the trail
    of each agency whose records the user could read (``agencies``); a list or a search
    names no one in its row, so the owners of the shared people on it are not told.
    """
    if person is not None:
        _audit_person(user=user, person=person, action=action, detail=detail)
        return
    for agency in agencies:
        audit_event_record(actor=user, agency=agency, action=action, detail=detail)


def _audit_person(*, user, person: Person, action: str, reason: str = "", detail: str = ""):
    """Audit an act on the person in the owning agency's trail (so that the owner, and
    the person asking what was done with their data, see every reader), and, when the
    user acts through a share, in the trail of each receiving agency too."""
    access = access_of(user, person)
    for agency in (person.agency, *access.through):
        audit_event_record(
            actor=user,
            agency=agency,
            action=action,
            person_uuid=person.pk,
            reason=reason,
            detail=detail,
        )


def _acting_agency(user, person: Person) -> Agency:
    """The agency on whose behalf the user records about the person: the owning agency
    for its staff, else the receiving agency whose share lets them."""
    access = access_of(user, person)
    return person.agency if access.owner else access.through[0]


def person_duplicate_check(*, user, agency: Agency, identity: Identity) -> list[Person]:
    """People already recorded by the agency who may be this person (blind indexes)."""
    _require_records_role(user, agency)
    with transaction.atomic():
        candidates = matching_people(
            Person.objects.owned_by(user).filter(agency=agency),
            family_names=identity.family_names,
            given_names=identity.given_names,
            birth=identity.birth,
        )
        audit_event_record(
            actor=user,
            agency=agency,
            action=AuditAction.DUPLICATE_CHECK,
            detail=str(len(candidates)),
        )
    return candidates


def person_record(
    *,
    user,
    agency: Agency,
    identity: Identity,
    contact: Contact = NO_CONTACT,
    sensitive: Sensitive = NOTHING_SENSITIVE,
    sex: str = Sex.NOT_RECORDED,
    citizenship: str = "",
    languages: list[str] = (),
    support_needs: list[str] = (),
    legal_basis: str,
    legal_basis_on: datetime.date,
) -> Person:
    """Record a new person for ``agency``, with a data key of their own."""
    _require_records_role(user, agency)
    languages, support_needs = list(languages), list(support_needs)
    _check_profile(
        sex=sex,
        citizenship=citizenship,
        languages=languages,
        support_needs=support_needs,
        legal_basis=legal_basis,
    )
    with transaction.atomic():
        person = Person(
            agency=agency,
            sex=sex,
            citizenship=citizenship,
            languages=languages,
            support_needs=support_needs,
            legal_basis=legal_basis,
            legal_basis_on=legal_basis_on,
            legal_basis_recorded_by=user,
            created_by=user,
        )
        give_data_key(person)
        person.key_version = int.from_bytes(person.wrapped_key[1:3], "big")
        _seal_identity(person, identity)
        _seal_contact(person, contact)
        _seal_sensitive(person, sensitive)
        person.save(force_insert=True)
        audit_event_record(
            actor=user, agency=agency, action=AuditAction.PERSON_CREATE, person_uuid=person.pk
        )
    return person


def person_change(
    *,
    user,
    person: Person,
    reason: str,
    identity: Identity,
    contact: Contact,
    sex: str,
    citizenship: str,
    languages: list[str],
    support_needs: list[str],
    legal_basis: str,
    legal_basis_on: datetime.date,
) -> Person:
    """Change a person's identity and profile, for a reason from ``ChangeReason``."""
    check_choices(reason, ChangeReason, "reason")
    languages, support_needs = list(languages), list(support_needs)
    _check_profile(
        sex=sex,
        citizenship=citizenship,
        languages=languages,
        support_needs=support_needs,
        legal_basis=legal_basis,
    )
    with transaction.atomic():
        person = locked_person(user, person)
        if (legal_basis, legal_basis_on) != (person.legal_basis, person.legal_basis_on):
            person.legal_basis, person.legal_basis_on = legal_basis, legal_basis_on
            person.legal_basis_recorded_by = user
        person.sex, person.citizenship = sex, citizenship
        person.languages, person.support_needs = languages, support_needs
        _seal_identity(person, identity)
        _seal_contact(person, contact)
        person.save()
        audit_event_record(
            actor=user,
            agency=person.agency,
            action=AuditAction.PERSON_CHANGE,
            person_uuid=person.pk,
            reason=reason,
        )
    return person


def sensitive_reveal(*, user, person: Person, reason: str) -> Sensitive:
    """Open the person's sensitive section, for a reason from ``RevealReason``."""
    check_choices(reason, RevealReason, "reason")
    with transaction.atomic():
        person = (
            Person.objects.visible_to(user, SharePart.SENSITIVE)
            .select_related("agency")
            .get(pk=person.pk)
        )
        _audit_person(user=user, person=person, action=AuditAction.SENSITIVE_REVEAL, reason=reason)
        return open_sensitive(person)


def sensitive_change(*, user, person: Person, sensitive: Sensitive, reason: str) -> Person:
    """Replace the person's sensitive section (opened before, for ``reason``)."""
    check_choices(reason, RevealReason, "reason")
    with transaction.atomic():
        person = locked_person(user, person)
        _seal_sensitive(person, sensitive)
        person.save(update_fields=["sensitive", "updated_at"])
        audit_event_record(
            actor=user,
            agency=person.agency,
            action=AuditAction.SENSITIVE_CHANGE,
            person_uuid=person.pk,
            reason=reason,
        )
    return person


def _check_movement(*, kind, date, date_precision, from_country, to_country, reason, source):
    check_choices(kind, MovementKind, "kind")
    check_choices(date_precision, DatePrecision, "date_precision")
    check_choices(reason, MovementReason, "reason", blank=True)
    check_choices(source, MovementSource, "source")
    _check_country(from_country, "from_country")
    _check_country(to_country, "to_country")
    if date > timezone.localdate():
        raise ValidationError({"date": _("A movement cannot be in the future.")})
    if (
        kind in (MovementKind.ARRIVED, MovementKind.MOVED_ON, MovementKind.RETURNED)
        and not to_country
    ):
        raise ValidationError({"to_country": _("Say which country the person went to.")})
    if from_country and from_country == to_country and kind == MovementKind.MOVED_ON:
        raise ValidationError({"to_country": _("A move on goes to another country.")})


def _refresh_whereabouts(person: Person) -> None:
    # Every event of a person the caller has already found through visible_to (and
    # locked): the derived state must count all of them, whoever recorded them.
    events = Movement.objects.filter(person=person).effective().in_order()
    state = whereabouts(events)
    person.current_country, person.current_place = state.country, state.place
    person.status, person.supported_by_id = state.status, state.supported_by_id
    person.last_movement_on = state.last_movement_on
    person.save(
        update_fields=[
            "current_country",
            "current_place",
            "status",
            "supported_by",
            "last_movement_on",
            "updated_at",
        ]
    )


def movement_record(
    *,
    user,
    person: Person,
    kind: str,
    date: datetime.date,
    date_precision: str = DatePrecision.DAY,
    from_country: str = "",
    from_place: str = "",
    to_country: str = "",
    to_place: str = "",
    reason: str = "",
    source: str,
    note: str = "",
    supersedes: Movement | None = None,
) -> Movement:
    """Add an event to the person's history (or, with ``supersedes``, a correction)."""
    if date_precision == DatePrecision.MONTH:
        date = date.replace(day=1)
    _check_movement(
        kind=kind,
        date=date,
        date_precision=date_precision,
        from_country=from_country,
        to_country=to_country,
        reason=reason,
        source=source,
    )
    with transaction.atomic():
        person = locked_person(user, person, SharePart.MOVEMENTS)
        if supersedes is not None:
            supersedes = (
                Movement.objects.visible_to(user).filter(person=person).get(pk=supersedes.pk)
            )
            # Any correction of it, whoever made it: a movement is corrected only once.
            if Movement.objects.filter(supersedes=supersedes).exists():
                raise ValidationError(_("This movement has already been corrected."))
        movement = Movement(
            person=person,
            kind=kind,
            date=date,
            date_precision=date_precision,
            from_country=from_country,
            from_place=from_place.strip(),
            to_country=to_country,
            to_place=to_place.strip(),
            reason=reason,
            source=source,
            recording_agency=_acting_agency(user, person),
            recorded_by=user,
            recorded_at=timezone.now(),
            supersedes=supersedes,
        )
        if note.strip():
            movement.note = seal(
                data_key_of(person),
                note.strip(),
                table=MOVEMENT_TABLE,
                row=movement.pk,
                name="note",
            )
        movement.save(force_insert=True)
        _refresh_whereabouts(person)
        _audit_person(
            user=user,
            person=person,
            action=AuditAction.MOVEMENT_CORRECT if supersedes else AuditAction.MOVEMENT_RECORD,
            detail=str(movement.pk),
        )
    return movement


def note_write(
    *,
    user,
    person: Person,
    body: str,
    written_on: datetime.date | None = None,
    supersedes: CaseNote | None = None,
) -> CaseNote:
    """Write a case note about the person (with ``supersedes``: one that corrects an older note)."""
    if not body.strip():
        raise ValidationError({"body": _("Write the note.")})
    written_on = written_on or timezone.localdate()
    if written_on > timezone.localdate():
        raise ValidationError({"written_on": _("A note cannot be dated in the future.")})
    with transaction.atomic():
        person = locked_person(user, person, SharePart.NOTES)
        if supersedes is not None:
            supersedes = (
                CaseNote.objects.visible_to(user).filter(person=person).get(pk=supersedes.pk)
            )
            # Any correction of it, whoever wrote it: a note is corrected only once.
            if CaseNote.objects.filter(supersedes=supersedes).exists():
                raise ValidationError(_("This note has already been corrected."))
        note = CaseNote(
            person=person,
            agency=_acting_agency(user, person),
            author=user,
            written_on=written_on,
            written_at=timezone.now(),
            supersedes=supersedes,
        )
        note.body = seal(
            data_key_of(person), body.strip(), table=NOTE_TABLE, row=note.pk, name="body"
        )
        note.save(force_insert=True)
        _audit_person(user=user, person=person, action=AuditAction.NOTE_WRITE, detail=str(note.pk))
    return note


def _is_superseded(note: CaseNote) -> bool:
    # Through the relation, so that a list of notes that selected ``superseded_by``
    # (the person page) answers without a query per note.
    try:
        note.superseded_by  # noqa: B018
    except CaseNote.DoesNotExist:
        return False
    return True


def note_can_change(note: CaseNote, user) -> bool:
    """Only its author, within 24 hours of writing it, and not once it is superseded."""
    return (
        note.author_id == user.pk
        and timezone.now() - note.written_at < NOTE_CHANGE_WINDOW
        and not _is_superseded(note)
    )


def note_change(*, user, note: CaseNote, body: str) -> CaseNote:
    """Change a note's text, by its author within 24 hours; later, ``note_write`` a correction."""
    if not body.strip():
        raise ValidationError({"body": _("Write the note.")})
    with transaction.atomic():
        note = (
            CaseNote.objects.visible_to(user)
            .select_for_update(of=("self",))
            .select_related("person__agency")
            .get(pk=note.pk)
        )
        if not note_can_change(note, user):
            raise ValidationError(
                _(
                    "A note can be changed only by its author, within 24 hours. "
                    "Write a correction instead."
                )
            )
        note.body = seal(
            data_key_of(note.person), body.strip(), table=NOTE_TABLE, row=note.pk, name="body"
        )
        note.changed_at = timezone.now()
        note.save(update_fields=["body", "changed_at"])
        _audit_person(
            user=user, person=note.person, action=AuditAction.NOTE_CHANGE, detail=str(note.pk)
        )
    return note


def person_keys_rewrap(*, people: QuerySet[Person], limit: int) -> int:
    """Rewrap, in one transaction, the data keys of up to ``limit`` of ``people`` that an
    older master key wraps, with the active one (``REGISTER_MASTER_KEYS``); return how many.

    The rotation of the master key (``manage.py register_rotate_keys``) calls it batch
    after batch while the site runs: rows another transaction holds are skipped, not
    waited for, and stay for the next batch or run. Only the wrapping changes: the data
    key inside, and so every field sealed with it, stays as it is, and ``updated_at``
    too (a rotation is not a change of the record). No audit event is written: no
    personal field is read, changed or shown, and there is no user acting on a person.
    A key that does not open raises ``RegisterKeyError`` (its master key version is
    missing) or ``RegisterDecryptionError`` (altered); the batch then rolls back whole.
    """
    keys = master_keys()
    with transaction.atomic():
        batch = list(
            people.exclude(key_version=keys.active_version)
            # An erased or anonymised record has no key left to rewrap.
            .readable()
            .order_by()
            .select_for_update(skip_locked=True, of=("self",))
            .only("pk", "wrapped_key", "key_version")[:limit]
        )
        for person in batch:
            person.wrapped_key = rewrap(
                bytes(person.wrapped_key), person_uuid=str(person.pk), keys=keys
            )
            person.key_version = wrapped_key_version(person.wrapped_key)
        _store_wrapped_keys(batch)
    return len(batch)


def _store_wrapped_keys(people: list[Person]) -> None:
    """Write the people's wrapped keys and versions, and nothing else of their rows.

    One UPDATE per person, sent together (psycopg pipelines ``executemany``): Django's
    ``bulk_update`` builds a CASE expression of every row in Python, which took about
    0.35 ms of CPU a person, most of the time a rotation took.
    """
    meta, quote = Person._meta, connection.ops.quote_name
    pk, wrapped, version = meta.pk, meta.get_field("wrapped_key"), meta.get_field("key_version")
    # Names from the model, quoted; every value is a parameter.
    table, wrapped_column = quote(meta.db_table), quote(wrapped.column)
    version_column, pk_column = quote(version.column), quote(pk.column)
    sql = f"UPDATE {table} SET {wrapped_column} = %s, {version_column} = %s WHERE {pk_column} = %s"  # noqa: S608
    rows = [
        (
            wrapped.get_db_prep_value(person.wrapped_key, connection),
            version.get_db_prep_value(person.key_version, connection),
            pk.get_db_prep_value(person.pk, connection),
        )
        for person in people
    ]
    with connection.cursor() as cursor:
        cursor.executemany(sql, rows)
