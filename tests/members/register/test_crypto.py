"""Fields of the register are sealed to their row and field; data keys to their person."""

import base64

import pytest

from members.register.crypto import (
    RegisterDecryptionError,
    RegisterKeyError,
    decrypt_field,
    encrypt_field,
    new_data_key,
    parse_master_keys,
    rewrap,
    unwrap_data_key,
    wrap_data_key,
    wrapped_key_version,
)

OLD = base64.b64encode(b"o" * 32).decode()
NEW = base64.b64encode(b"n" * 32).decode()
PERSON = "6c1d1c5e-7f1e-4f64-9d55-3f0a4a2b8d11"
OTHER_PERSON = "0b8e2a44-2c1f-4d7a-a1d4-98c6b1f0c3e2"


def _seal(data_key, text="Ana-Maria Ionescu", row=PERSON, field="family_names"):
    return encrypt_field(data_key, text, table="register_person", row=row, field=field)


def test_a_field_opens_where_it_was_sealed_and_shows_no_plaintext():
    data_key = new_data_key()
    sealed = _seal(data_key)
    assert b"Ionescu" not in sealed
    assert _seal(data_key) != sealed  # a fresh nonce every time
    opened = decrypt_field(
        data_key, sealed, table="register_person", row=PERSON, field="family_names"
    )
    assert opened == "Ana-Maria Ionescu"


@pytest.mark.parametrize(
    ("row", "field"),
    [(OTHER_PERSON, "family_names"), (PERSON, "given_names")],
    ids=["copied to another row", "copied to another field"],
)
def test_a_field_copied_elsewhere_does_not_open(row, field):
    data_key = new_data_key()
    sealed = _seal(data_key)
    with pytest.raises(RegisterDecryptionError):
        decrypt_field(data_key, sealed, table="register_person", row=row, field=field)


def test_an_altered_field_does_not_open():
    data_key = new_data_key()
    sealed = bytearray(_seal(data_key))
    sealed[-1] ^= 1
    with pytest.raises(RegisterDecryptionError):
        decrypt_field(
            data_key, bytes(sealed), table="register_person", row=PERSON, field="family_names"
        )


def test_another_persons_data_key_does_not_open_a_field():
    sealed = _seal(new_data_key())
    with pytest.raises(RegisterDecryptionError):
        decrypt_field(
            new_data_key(), sealed, table="register_person", row=PERSON, field="family_names"
        )


def test_a_wrapped_data_key_opens_for_its_person_only():
    keys = parse_master_keys(f"1:{OLD}")
    data_key = new_data_key()
    wrapped = wrap_data_key(data_key, person_uuid=PERSON, keys=keys)
    assert data_key not in wrapped
    assert unwrap_data_key(wrapped, person_uuid=PERSON, keys=keys) == data_key
    with pytest.raises(RegisterDecryptionError):
        unwrap_data_key(wrapped, person_uuid=OTHER_PERSON, keys=keys)


def test_rotation_rewraps_the_data_key_and_every_field_still_opens():
    before = parse_master_keys(f"1:{OLD}")
    data_key = new_data_key()
    wrapped = wrap_data_key(data_key, person_uuid=PERSON, keys=before)
    sealed = _seal(data_key)
    after = parse_master_keys(f"2:{NEW},1:{OLD}")
    rewrapped = rewrap(wrapped, person_uuid=PERSON, keys=after)
    assert wrapped_key_version(rewrapped) == 2
    assert rewrap(rewrapped, person_uuid=PERSON, keys=after) is rewrapped  # nothing to do
    # Once the old master key is gone, only the rewrapped key opens.
    only_new = parse_master_keys(f"2:{NEW}")
    opened_key = unwrap_data_key(rewrapped, person_uuid=PERSON, keys=only_new)
    assert (
        decrypt_field(opened_key, sealed, table="register_person", row=PERSON, field="family_names")
        == "Ana-Maria Ionescu"
    )
    with pytest.raises(RegisterKeyError):
        unwrap_data_key(wrapped, person_uuid=PERSON, keys=only_new)


@pytest.mark.parametrize(
    "value",
    ["", "1", f"x:{OLD}", "1:not-base64!", f"1:{base64.b64encode(b'short').decode()}",
     f"1:{OLD},1:{NEW}", f"0:{OLD}"],
)  # fmt: skip
def test_malformed_master_keys_are_refused(value):
    with pytest.raises(RegisterKeyError):
        parse_master_keys(value)


def test_the_first_master_key_is_the_active_one():
    assert parse_master_keys(f"7:{NEW}, 3:{OLD}").active_version == 7
