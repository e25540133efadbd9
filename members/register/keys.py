"""A person's data key: made when they are recorded, unwrapped when their record is read.

The unwrapped key is kept on the ``Person`` instance for the rest of the request
only (never in a cache, a session or a log), so a page that opens several fields of
one person unwraps once.
"""

from members.register.crypto import new_data_key, unwrap_data_key, wrap_data_key
from members.register.models import Person


def data_key_of(person) -> bytes:
    key = getattr(person, "_data_key", None)
    if key is None:
        key = unwrap_data_key(bytes(person.wrapped_key), person_uuid=str(person.pk))
        person._data_key = key
    return key


def give_data_key(person) -> bytes:
    """A new data key for a person being recorded, wrapped onto the instance."""
    key = new_data_key()
    person.wrapped_key = wrap_data_key(key, person_uuid=str(person.pk))
    person._data_key = key
    return key


def data_key_destroy(person, **marks) -> None:
    """Destroy the person's wrapped data key, so that nothing sealed with it opens again,
    and clear the sealed parts and blind indexes of their row; ``marks`` are the other
    columns the caller sets at the same time (when and why). For the erasure and
    retention services, inside their transaction; the row stays, for its movements."""
    Person.objects.filter(pk=person.pk).update(
        wrapped_key=b"",
        identity=b"",
        contact=None,
        sensitive=None,
        name_index="",
        phonetic_index="",
        **marks,
    )
    person._data_key = None
