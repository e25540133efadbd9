"""The person's screens are valid HTML, as the Nu HTML checker reads them, in English and Arabic."""

import datetime

import pytest

from members.register import services
from members.register.vocabulary import DatePrecision, MovementKind, RevealReason
from tests.accounts import sign_in
from tests.members.register.factories import record_movement
from tests.members.register.screens import person_with_canaries, url
from tests.network_site.test_html_validity import _nu_errors

pytestmark = pytest.mark.django_db


def test_the_person_screens_have_no_html_errors(client, people, tmp_path):
    worker = people["caseworker_a"]
    person = person_with_canaries(worker, languages=["ro"], support_needs=["housing"])
    arrival = record_movement(person, by=worker, note="By bus")
    record_movement(person, by=worker, to_country="NL", supersedes=arrival)
    record_movement(
        person,
        by=worker,
        kind=MovementKind.SUPPORT_STARTED,
        date=datetime.date(2026, 3, 1),
        date_precision=DatePrecision.MONTH,
    )
    note = services.note_write(
        user=worker, person=person, body="- one\n- [two](https://example.org)"
    )
    services.note_write(user=worker, person=person, body="Correction", supersedes=note)
    sign_in(client, worker)
    requests = {
        "person": ("get", url("register_person", person), {}),
        "history": ("get", url("register_history", person), {}),
        "sensitive": ("get", url("register_sensitive", person), {}),
        "sensitive-open": (
            "post",
            url("register_sensitive", person),
            {"reason": RevealReason.SUPPORT_PLANNING},
        ),
        "sensitive-refused": ("post", url("register_sensitive", person), {}),
        "movement": ("get", url("register_movement_new", person), {}),
        "movement-refused": ("post", url("register_movement_new", person), {"to_place": "Ghent"}),
        "movement-corrected": (
            "get",
            url("register_movement_correct", person, movement_id=arrival.pk),
            {},
        ),
        "note": ("get", url("register_note_new", person), {}),
        "note-refused": ("post", url("register_note_new", person), {"intent": "write"}),
        "note-corrected": ("get", url("register_note_edit", person, note_id=note.pk), {}),
    }
    files = []
    for language in ("en", "ar"):
        for name, (method, address, data) in requests.items():
            address = f"/{language}/{address.removeprefix('/en/')}"
            response = getattr(client, method)(address, data)
            assert response.status_code == 200, f"{language} {name}: {response.status_code}"
            path = tmp_path / f"{language}-{name}.html"
            path.write_bytes(response.content)
            files.append(path)
    errors = _nu_errors(files)
    assert errors == [], "\n".join(errors)
