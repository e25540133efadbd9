"""Dates of birth with their precision, and the documents sealed into a record."""

import pytest

from members.register.records import BirthDate, Identity, identity_from_json, identity_to_json


@pytest.mark.parametrize(
    ("birth", "text", "precision"),
    [
        (BirthDate(1985), "1985", "year"),
        (BirthDate(1985, 3), "1985-03", "month"),
        (BirthDate(1985, 3, 12), "1985-03-12", "day"),
    ],
)
def test_a_birth_date_keeps_its_precision(birth, text, precision):
    assert birth.isoformat() == text
    assert birth.precision == precision
    assert BirthDate.fromisoformat(text) == birth


@pytest.mark.parametrize("parts", [(1985, 2, 30), (1985, 13), (1985, None, 4)])
def test_impossible_birth_dates_are_refused(parts):
    with pytest.raises(ValueError):
        BirthDate(*parts)


def test_an_identity_survives_its_json_form_with_any_script():
    identity = Identity("Ιωάννης", "Παπαδόπουλος", BirthDate(1970, 1), ("Ioannis Papadopoulos",))
    assert identity_from_json(identity_to_json(identity)) == identity
