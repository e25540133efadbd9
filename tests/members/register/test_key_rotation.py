"""Rotating the master key: ``manage.py register_rotate_keys`` rewraps every data key.

People are recorded while master key version 1 is the only one; then version 3 becomes
the active key with 1 still listed, as an operator rotating the key would set it.
"""

import base64
import io
import threading

import pytest

from django.core.management import CommandError, call_command
from django.db import connections, transaction
from django.test import override_settings

from members.register import erasure, retention, services
from members.register.models import CaseNote, Movement, Person
from members.register.records import BirthDate, Contact, Sensitive
from members.register.selectors import (
    open_contact,
    open_identity,
    open_movement_note,
    open_note,
    open_sensitive,
)
from tests.members.factories import build_people
from tests.members.register.factories import record_movement, record_person

KEY_1 = base64.b64encode(b"rotation-test-master-key-one-32b").decode()
KEY_3 = base64.b64encode(b"rotation-test-master-key-three-3").decode()
ONLY_1 = f"1:{KEY_1}"
ROTATING = f"3:{KEY_3},1:{KEY_1}"
ONLY_3 = f"3:{KEY_3}"

pytestmark = pytest.mark.django_db


def record_people(worker, count: int) -> list[Person]:
    """``count`` people with every encrypted part: identity, contact, sensitive section,
    a movement with a note and a case note."""
    with override_settings(REGISTER_MASTER_KEYS=ONLY_1):
        recorded = []
        for number in range(count):
            person = record_person(
                by=worker,
                given_names=f"Ștefan {number}",
                family_names=f"Rotationtest{number}",
                birth=BirthDate(1979, 11, 23),
                contact=Contact(phone=f"+32 470 00 00 {number:02d}"),
                sensitive=Sensitive(health=f"Health record {number}"),
            )
            record_movement(person, by=worker, note=f"Movement note {number}")
            services.note_write(user=worker, person=person, body=f"Case note {number}")
            recorded.append(person)
    return recorded


def rotate(*args: str, keys: str = ROTATING, stderr=None) -> str:
    out = io.StringIO()
    with override_settings(REGISTER_MASTER_KEYS=keys):
        call_command("register_rotate_keys", *args, stdout=out, stderr=stderr or io.StringIO())
    return out.getvalue()


def versions() -> list[int]:
    return sorted(Person.objects.values_list("key_version", flat=True))


def assert_everything_opens(recorded: list[Person]) -> None:
    """Every encrypted part of every person opens, read afresh from the database."""
    for number, recorded_person in enumerate(recorded):
        person = Person.objects.get(pk=recorded_person.pk)  # no data key kept in memory
        assert open_identity(person).family_names == f"Rotationtest{number}"
        assert open_contact(person).phone == f"+32 470 00 00 {number:02d}"
        assert open_sensitive(person).health == f"Health record {number}"
        movement = Movement.objects.select_related("person").get(person=person)
        assert open_movement_note(movement) == f"Movement note {number}"
        note = CaseNote.objects.select_related("person").get(person=person)
        assert open_note(note) == f"Case note {number}"


def test_rotation_rewraps_everyone_and_the_old_key_can_then_go(people):
    recorded = record_people(people["caseworker_a"], 3)
    updated = dict(Person.objects.values_list("pk", "updated_at"))
    assert versions() == [1, 1, 1]

    report = rotate()

    assert versions() == [3, 3, 3]
    assert "Rewrapped 3 people to master key version 3" in report
    assert "0 people already on version 3" in report
    assert "No person needs master key version 1 any more" in report
    # A rotation is not a change of the record: retention clocks keep running.
    assert dict(Person.objects.values_list("pk", "updated_at")) == updated
    with override_settings(REGISTER_MASTER_KEYS=ROTATING):
        assert_everything_opens(recorded)
    with override_settings(REGISTER_MASTER_KEYS=ONLY_3):
        assert_everything_opens(recorded)


def test_a_second_run_has_nothing_left_to_do(people):
    record_people(people["caseworker_a"], 2)
    rotate()
    wrapped = dict(Person.objects.values_list("pk", "wrapped_key"))

    report = rotate()

    assert "Rewrapped 0 people to master key version 3" in report
    assert "2 people already on version 3" in report
    assert {pk: bytes(key) for pk, key in Person.objects.values_list("pk", "wrapped_key")} == {
        pk: bytes(key) for pk, key in wrapped.items()
    }


def test_a_dry_run_counts_and_changes_nothing(people):
    record_people(people["caseworker_a"], 2)

    report = rotate("--dry-run")

    assert "Dry run: 2 people would be rewrapped to master key version 3" in report
    assert "Older versions in use: 1 (2 people)" in report
    assert versions() == [1, 1]


def test_a_limit_rotates_some_and_the_report_says_what_is_left(people):
    recorded = record_people(people["caseworker_a"], 5)

    report = rotate("--limit", "3", "--batch-size", "2")

    assert versions() == [1, 1, 3, 3, 3]
    assert "Older versions still in use: 1 (2 people)" in report
    assert "No person needs" not in report
    rotate()
    assert versions() == [3] * 5
    with override_settings(REGISTER_MASTER_KEYS=ONLY_3):
        assert_everything_opens(recorded)


def test_an_interrupted_run_keeps_whole_batches_and_a_new_run_finishes(people, monkeypatch):
    recorded = record_people(people["caseworker_a"], 5)
    real_store = services._store_wrapped_keys
    batches = []

    def store_then_ctrl_c(batch):
        batches.append(len(batch))
        real_store(batch)
        if len(batches) == 2:
            raise KeyboardInterrupt  # after the second batch is written, before its commit

    monkeypatch.setattr(services, "_store_wrapped_keys", store_then_ctrl_c)

    with pytest.raises(CommandError, match=r"Interrupted .*: 2 people rewrapped and committed"):
        rotate("--batch-size", "2")

    assert batches == [2, 2]
    assert versions() == [1, 1, 1, 3, 3]  # the first batch; the second rolled back whole
    with override_settings(REGISTER_MASTER_KEYS=ROTATING):
        assert_everything_opens(recorded)
    monkeypatch.undo()

    report = rotate("--batch-size", "2")

    assert "Rewrapped 3 people" in report
    assert "2 people already on version 3" in report
    with override_settings(REGISTER_MASTER_KEYS=ONLY_3):
        assert_everything_opens(recorded)


def test_a_missing_old_key_is_refused_by_name_and_nothing_changes(people):
    record_people(people["caseworker_a"], 2)

    for arguments in ([], ["--dry-run"]):
        with pytest.raises(CommandError) as refusal:
            rotate(*arguments, keys=ONLY_3)
        message = str(refusal.value)
        assert "missing from REGISTER_MASTER_KEYS: 1 (2 people)" in message
        assert "Nothing was changed" in message
    assert versions() == [1, 1]


def test_malformed_master_keys_are_refused_by_name(people):
    with pytest.raises(CommandError, match="REGISTER_MASTER_KEYS"):
        rotate(keys="3:not-base64")


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_is_a_bar_on_a_terminal_and_plain_lines_in_a_log(people):
    record_people(people["caseworker_a"], 4)
    terminal, log = FakeTerminal(), io.StringIO()

    rotate("--batch-size", "1", "--limit", "2", stderr=terminal)
    rotate("--batch-size", "1", stderr=log)

    drawn = terminal.getvalue()
    assert drawn.startswith("\r[") and drawn.endswith("\n")
    assert f"\r[{'#' * 30}] 2 of 2 people (100%)" in drawn
    assert "\r" not in log.getvalue()
    assert [line.split(" (")[0].strip() for line in log.getvalue().splitlines()] == [
        "1 of 2 people",
        "2 of 2 people",
    ]


@pytest.mark.django_db(transaction=True)
def test_people_the_site_holds_are_left_for_the_next_run():
    worker = build_people()["caseworker_a"]
    recorded = record_people(worker, 3)
    held, released = threading.Event(), threading.Event()

    def the_site_editing_a_person():
        try:
            with transaction.atomic():
                Person.objects.select_for_update().get(pk=recorded[0].pk)
                held.set()
                released.wait(timeout=30)
        finally:
            connections.close_all()

    site = threading.Thread(target=the_site_editing_a_person)
    site.start()
    try:
        assert held.wait(timeout=30)
        report = rotate()
    finally:
        released.set()
        site.join()

    assert "Rewrapped 2 people" in report
    assert "Older versions still in use: 1 (1 person). Run the command again" in report
    assert Person.objects.get(pk=recorded[0].pk).key_version == 1
    assert "Rewrapped 1 person" in rotate()
    assert versions() == [3, 3, 3]


def test_erased_and_anonymised_records_are_left_out_of_a_rotation(people):
    """Their key is gone: a rotation neither counts them nor tries to rewrap nothing."""
    *kept, erased, anonymised = record_people(people["caseworker_a"], 4)
    with override_settings(REGISTER_MASTER_KEYS=ONLY_1):
        erasure.person_erase(user=people["admin_a"], person=erased)
        retention.person_anonymise(person=anonymised, reason="retention")

    report = rotate()

    assert "Rewrapped 2 people to master key version 3" in report
    with override_settings(REGISTER_MASTER_KEYS=ROTATING):
        assert_everything_opens(kept)
