"""Blind indexes meet across case, accents and scripts, and mean nothing without their key."""

import base64

import pytest

from members.register.blind_index import (
    blind_index,
    index_key,
    name_and_birth_index,
    normalise_name,
    phonetic_index,
)
from members.register.crypto import RegisterKeyError

KEY = b"k" * 32
OTHER_KEY = b"q" * 32


@pytest.mark.parametrize(
    ("written", "normalised"),
    [
        ("ŞTEFAN", "stefan"),
        ("Ștefan", "stefan"),
        ("  Jean-Luc  O'Brien ", "jean luc o brien"),
        ("Иван", "ivan"),
        ("Παπαδόπουλος", "papadopoylos"),
        ("Łukasz Żółć", "lukasz zolc"),
    ],
)
def test_names_are_normalised_across_case_accents_and_scripts(written, normalised):
    assert normalise_name(written) == normalised


def test_one_person_written_differently_has_one_index():
    first = name_and_birth_index("IONESCU", "Ana Maria", "1987-04", key=KEY)
    assert name_and_birth_index("Ionescu", "maria ANA", "1987-04", key=KEY) == first
    assert name_and_birth_index("Ionescu", "Ana Maria", "1987-05", key=KEY) != first
    assert name_and_birth_index("Ionescu", "Ana Maria", "1987-04", key=OTHER_KEY) != first


def test_an_index_is_keyed_and_kinds_never_meet():
    index = blind_index("name+birth", "ionescu", "ana", "1987", key=KEY)
    assert "ionescu" not in index
    assert blind_index("phonetic", "ionescu", "ana", "1987", key=KEY) != index


def test_the_index_key_must_be_32_bytes(settings):
    settings.REGISTER_INDEX_KEY = base64.b64encode(b"short").decode()
    with pytest.raises(RegisterKeyError):
        index_key()
    settings.REGISTER_INDEX_KEY = base64.b64encode(KEY).decode()
    assert index_key() == KEY


def test_spelling_variants_meet_in_the_phonetic_index():
    ionescu = phonetic_index("Ionescu", "1987-04-12", key=KEY)
    assert phonetic_index("Ionesco", "1987", key=KEY) == ionescu
    assert phonetic_index("Ионеску", "1987-04", key=KEY) == ionescu
    assert phonetic_index("Ionescu", "1988", key=KEY) != ionescu
    assert phonetic_index("Popescu", "1987", key=KEY) != ionescu
    # The exact index tells the spellings apart.
    assert name_and_birth_index("Ionesco", "Ana", "1987", key=KEY) != name_and_birth_index(
        "Ionescu", "Ana", "1987", key=KEY
    )
